/** Drops this run's database and any clone a crashed test file left behind. */
import { dropDatabase, withAdmin } from './pg-admin';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const testUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl || !testUrl) return;
  const runDb = new URL(testUrl).pathname.slice(1);
  const clones = await withAdmin(serverUrl, (c) =>
    c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${runDb}_`]),
  );
  for (const { datname } of clones.rows) await dropDatabase(serverUrl, datname);
  await dropDatabase(serverUrl, runDb);
}
