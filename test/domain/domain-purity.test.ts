/** src/domain imports nothing outside itself and reads no ambient state (README.md). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const DOMAIN = resolve(__dirname, '../../src/domain');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

describe.each(files(DOMAIN).map((f) => [relative(DOMAIN, f), f]))('src/domain/%s', (_name, file) => {
  const source = readFileSync(file, 'utf8');
  it('imports only from src/domain', () => {
    const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]/gm;
    const specifiers = [...source.matchAll(statements)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const s of specifiers) {
      expect(s.startsWith('.')).toBe(true);
      expect(resolve(file, '..', s).startsWith(DOMAIN)).toBe(true);
    }
  });
  it('reads no environment or clock', () => {
    expect(source).not.toMatch(/\bprocess\.(?:env|argv|cwd|exit|hrtime)|Date\.now|new Date\(\)|Math\.random/);
  });
});
