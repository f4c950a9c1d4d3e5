/** A throwaway database on the DATABASE_URL server, for benchmarks; dropped afterwards. */
import crypto from 'node:crypto';
import pg from 'pg';

export const benchServerUrl = (): string => process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

const withDb = async <T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const server = new URL(benchServerUrl());
  const name = `wincompat_bench_${label}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new URL(server);
  admin.pathname = '/postgres';
  await withDb(admin.toString(), (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => withDb(admin.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined) };
}

/**
 * 100,000 observed tags in a synthetic repository, spread over the builds of real releases, and a
 * new catalog version (the trigger announces it to running services).
 */
export async function addSyntheticTags(url: string, count: number): Promise<void> {
  await withDb(url, async (c) => {
    await c.query('BEGIN');
    const repo = await c.query(`INSERT INTO image_repository (name, description) VALUES ('bench.example/windows/synthetic', 'synthetic tags for benchmarks') RETURNING id`);
    await c.query(
      `INSERT INTO image_tag (repository_id, tag, build, revision, arch, origin, floating)
       SELECT $1, 'synthetic-' || g, (ARRAY[14393, 17763, 20348, 26100])[1 + g % 4], 1 + (g % 9000), 'amd64', 'observed', false
       FROM generate_series(1, $2::int) g`,
      [repo.rows[0].id, count],
    );
    await c.query(`UPDATE catalog_state SET version = 'bench-' || md5(random()::text), updated_at = now()`);
    await c.query('COMMIT');
  });
}
