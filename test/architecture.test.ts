/**
 * The layering of src/ (docs: /README.md "Layout", style guide): arrows point inward to domain/.
 * Each row: [folder, imports it must never make]. domain/ has its own, stricter test.
 * The interfaces in data/ports.ts are open to every layer; the Prisma code behind them is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'generated' ? [] : files(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** [folder under src, forbidden import targets as folders under src or package names]. */
const RULES: [string, string[]][] = [
  ['graphql', ['generated', 'data', 'ingest', '@prisma/client', 'ioredis', 'pg']],
  ['services', ['generated', 'graphql', 'http', 'ingest', '@prisma/client', 'ioredis', 'pg']],
  ['cache', ['generated', 'data', 'graphql', 'services', 'ingest', 'http']],
  ['config', ['domain', 'data', 'cache', 'graphql', 'services', 'ingest', 'http']],
  ['data', ['graphql', 'services', 'http', 'ingest']],
  ['ingest', ['graphql', 'http']],
];

const importsOf = (source: string): string[] =>
  [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]);

/** The folder (or package) an import reaches; data/ports, the interfaces, is its own target. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  const path = relative(SRC, resolve(file, '..', specifier));
  return path === 'data/ports' ? 'data/ports' : path.split('/')[0];
}

describe.each(RULES)('src/%s', (folder, forbidden) => {
  const dir = join(SRC, folder);
  it.each(files(dir).map((f) => [relative(SRC, f), f]))('%s respects the layering', (_name, file) => {
    const bad = importsOf(readFileSync(file, 'utf8')).filter((s) => forbidden.includes(target(file, s)));
    expect(bad).toEqual([]);
  });
});
