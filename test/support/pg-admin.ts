/** Database create/drop on the server DATABASE_URL points at; shared by the jest global setup and test files. */
import crypto from 'node:crypto';
import pg from 'pg';

/** Prefix of every throwaway database, so teardown can find leftovers of crashed workers. */
export const TEST_DB_PREFIX = 'wincompat_test_';

export const urlWithDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

export const uniqueDatabaseName = (label: string): string =>
  `${TEST_DB_PREFIX}${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

/** Runs `fn` on a connection to the server's maintenance database (never to a database being created or dropped). */
export async function withAdmin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlWithDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`));
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}
