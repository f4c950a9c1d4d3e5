/** The CLI as a child process against a database of its own (a Postgres clone, or a PGlite directory). */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/data/database';
import { seedBundledCatalog } from '../../src/ingest/seed';
import { newTestDatabaseUrl } from '../support/test-service';
import { catalogSnapshot } from './ingest-support';

const ROOT = path.resolve(__dirname, '../..');

export interface CliDatabase {
  readonly env: Record<string, string>;
  /** A scratch directory, removed with the database. */
  readonly tmp: string;
  withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T>;
  state(): Promise<Awaited<ReturnType<typeof catalogSnapshot>> & { runs: number }>;
  drop(): Promise<void>;
}

export async function cliDatabase(): Promise<CliDatabase> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wincompat-cli-'));
  const pg = await newTestDatabaseUrl();
  const env: Record<string, string> = pg ? { DATABASE_URL: pg.url } : { DATABASE_URL: '', PGLITE_DIR: path.join(tmp, 'pglite') };
  // Opened in this process only while no child holds it (PGlite is single-process).
  const withDatabase = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    const db = await createDatabase({ databaseUrl: env.DATABASE_URL || undefined, pgliteDir: env.PGLITE_DIR });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  await withDatabase((db) => seedBundledCatalog(db.prisma));
  return {
    env,
    tmp,
    withDatabase,
    state: () => withDatabase(async (db) => ({ ...(await catalogSnapshot(db.prisma)), runs: await db.prisma.ingestRun.count() })),
    drop: async () => {
      await pg?.drop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx <script> …args`: one process, so SIGKILL reaches the one holding the transaction. */
export function runCli(
  env: Record<string, string>,
  script: string,
  args: string[],
  options: { stdin?: string; onStderr?: (text: string, kill: () => void) => void } = {},
): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    options.onStderr?.(stderr, () => child.kill('SIGKILL'));
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
