import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';
import { projectPath } from './project-files';

/**
 * Applies prisma/migrations/* the way `prisma migrate deploy` does, without Prisma's native
 * engine (which cannot be downloaded here). It writes `_prisma_migrations` in Prisma's exact
 * format and checksum, so the real `prisma migrate status/deploy` accepts the result.
 * Unlike Prisma, each migration runs in a transaction: a failure leaves no half-applied schema.
 */

/** The two calls the runner needs; both pg.Client and PGlite fit in a few lines. */
export interface SqlExecutor {
  /** One statement with $1.. parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A multi-statement script, no parameters (simple query protocol). */
  exec(sql: string): Promise<void>;
}

export interface MigrateOptions {
  dir?: string;
  warn?: (message: string) => void;
}

export const DEFAULT_MIGRATIONS_DIR = projectPath('prisma', 'migrations');
/** The key `prisma migrate` locks with, so the two never run at once. */
const PRISMA_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrationFile {
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of migration.sql, as Prisma's checksum.rs computes it. */
  checksum: string;
}

export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies pending migrations in name order; returns the names applied (empty when up to date). */
export async function migrate(db: SqlExecutor, options: MigrateOptions = {}): Promise<string[]> {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const migrations = readMigrations(options.dir);
  const applied: string[] = [];
  await db.query('SELECT pg_advisory_lock($1)', [PRISMA_LOCK_KEY]);
  try {
    await db.exec(CREATE_TABLE);
    const rows = await db.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    // Prisma's rule (P3009): a row neither finished nor rolled back blocks every deploy.
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at);
    if (failed.length) {
      throw new Error(`failed migration(s) must be resolved first: ${failed.map((r) => r.migration_name).join(', ')}`);
    }
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r.checksum]));
    for (const m of migrations) {
      const checksum = done.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) warn(`migration ${m.name} was edited after it was applied (checksum differs)`);
        continue;
      }
      await applyOne(db, m);
      applied.push(m.name);
    }
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_LOCK_KEY]).catch(() => undefined);
  }
  return applied;
}

async function applyOne(db: SqlExecutor, m: MigrationFile): Promise<void> {
  const id = crypto.randomUUID();
  await db.exec('BEGIN');
  try {
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, m.checksum, m.name],
    );
    await db.exec(m.sql);
    // Prisma's engine counts one step per migration script.
    await db.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw new Error(`migration ${m.name} failed and was rolled back: ${(e as Error).message}`, { cause: e });
  }
}

export const pgExecutor = (client: pg.ClientBase): SqlExecutor => ({
  query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  exec: async (sql) => void (await client.query(sql)),
});

export const pgliteExecutor = (db: PGliteInterface): SqlExecutor => ({
  query: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T[],
  exec: async (sql) => void (await db.exec(sql)),
});

/** Migrates the database at `url` over one short-lived connection. */
export async function migrateUrl(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await migrate(pgExecutor(client), options);
  } finally {
    await client.end();
  }
}
