// Generates migration SQL with Prisma's wasm schema engine (the native one cannot be downloaded here).
// The engine needs a database adapter; an in-memory PGlite serves as main and shadow DB, so no server is needed.
//   node scripts/prisma-wasm.mjs diff-empty            → full SQL for prisma/schema.prisma (first migration)
//   node scripts/prisma-wasm.mjs create <label>        → writes prisma/migrations/<ts>_<label>/migration.sql
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const require = createRequire(import.meta.url);
const dir = 'prisma/migrations';

async function loadEngine() {
  const rt = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasm = fs.readFileSync(path.join(path.dirname(bg), 'schema_engine_bg.wasm'));
  const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), { './schema_engine_bg.js': rt });
  rt.__wbg_set_wasm(inst.exports);
  inst.exports.__wbindgen_start();
  return rt;
}

function migrationsList() {
  const abs = path.resolve(dir);
  const names = fs.existsSync(abs) ? fs.readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  const lock = path.join(abs, 'migration_lock.toml');
  return {
    baseDir: abs,
    shadowDbInitScript: '',
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : null },
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: fs.readFileSync(path.join(abs, name, 'migration.sql'), 'utf8') } },
    })),
  };
}

const [, , cmd, label = 'change'] = process.argv;
const files = [{ path: 'prisma/schema.prisma', content: fs.readFileSync('prisma/schema.prisma', 'utf8') }];
const to = { tag: 'schemaDatamodel', files };
const filters = { externalTables: [], externalEnums: [] };
const rt = await loadEngine();
const engine = await rt.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {},
  bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite())));
try {
  if (cmd === 'diff-empty') {
    process.stdout.write((await engine.diff({ from: { tag: 'empty' }, to, script: true, exitCode: null, filters })).stdout ?? '');
  } else if (cmd === 'create') {
    const r = await engine.diff({ from: { tag: 'migrations', ...migrationsList() }, to, script: true, exitCode: true, filters });
    if (r.exitCode !== 2) console.log('no changes');
    else {
      const name = `${new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}_${label.replace(/\W/g, '_')}`;
      fs.mkdirSync(path.join(dir, name), { recursive: true });
      fs.writeFileSync(path.join(dir, name, 'migration.sql'), r.stdout);
      console.log('created', name);
    }
  } else throw new Error('usage: node scripts/prisma-wasm.mjs diff-empty | create <label>');
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  engine.free();
}
