import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DEFAULT_MIGRATIONS_DIR, migrate, pgExecutor, pgliteExecutor, type SqlExecutor } from '../../src/data/migrate';
import { openBlankPostgres } from '../support/test-database';

/** A blank database (Postgres when the run has one, else PGlite) behind the runner's executor interface. */
async function withBlankDb(fn: (db: SqlExecutor) => Promise<void>): Promise<void> {
  const blank = await openBlankPostgres();
  if (!blank) {
    const lite = new PGlite();
    try { await fn(pgliteExecutor(lite)); } finally { await lite.close(); }
    return;
  }
  const client = new pg.Client({ connectionString: blank.url });
  await client.connect();
  try { await fn(pgExecutor(client)); } finally { await client.end(); await blank.drop(); }
}

function copyMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wincompat-migrations-'));
  fs.cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

const migrationNames = fs.readdirSync(DEFAULT_MIGRATIONS_DIR).filter((n) => /^\d{14}_/.test(n)).sort();
const silent = { warn: () => undefined };

interface Row { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number; logs: string | null }
const history = (db: SqlExecutor) => db.query<Row>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

describe('migrate', () => {
  it('applies every migration once, then is a no-op', () =>
    withBlankDb(async (db) => {
      expect(await migrate(db, silent)).toEqual(migrationNames);
      expect(await migrate(db, silent)).toEqual([]);
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      expect(tables.map((t) => t.table_name)).toEqual(
        ['_prisma_migrations', 'api_token', 'catalog_state', 'image_repository', 'image_tag', 'ingest_run', 'kb_update', 'kube_node', 'release']);
    }));

  it('writes rows Prisma reads as applied: finished, not rolled back, one step, sha256 of the file', () =>
    withBlankDb(async (db) => {
      await migrate(db, silent);
      const rows = await history(db);
      expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
      for (const r of rows) {
        const sql = fs.readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, r.migration_name, 'migration.sql'));
        expect(r.checksum).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
        expect(r.finished_at).toBeInstanceOf(Date);
        expect(r.rolled_back_at).toBeNull();
        expect(r.applied_steps_count).toBe(1);
      }
    }));

  it('warns when an applied migration was edited, and applies nothing', () =>
    withBlankDb(async (db) => {
      await migrate(db, silent);
      const dir = copyMigrations();
      fs.appendFileSync(path.join(dir, migrationNames[0], 'migration.sql'), '\n-- edited\n');
      const warnings: string[] = [];
      expect(await migrate(db, { dir, warn: (m) => warnings.push(m) })).toEqual([]);
      expect(warnings).toEqual([expect.stringContaining(migrationNames[0])]);
    }));

  it('rolls a failing migration back completely, leaving no failed row', () =>
    withBlankDb(async (db) => {
      const dir = copyMigrations();
      fs.mkdirSync(path.join(dir, '29991231000000_broken'));
      fs.writeFileSync(path.join(dir, '29991231000000_broken', 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT no_such_column FROM release;\n');
      await expect(migrate(db, { ...silent, dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
      expect((await history(db)).map((r) => r.migration_name)).toEqual(migrationNames);
      expect(await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`)).toHaveLength(0);
    }));

  it('refuses to run while a failed row (P3009) exists', () =>
    withBlankDb(async (db) => {
      await migrate(db, silent);
      await db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ($1, 'x', 'failed_one', 'boom')`,
        [crypto.randomUUID()]);
      await expect(migrate(db, silent)).rejects.toThrow(/failed migration\(s\) must be resolved first: failed_one/);
    }));
});
