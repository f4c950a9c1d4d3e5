/**
 * With DATABASE_URL (CI): one throwaway, migrated database per jest run. Its URL goes to the
 * workers as TEST_DATABASE_URL (workers inherit env set here); test files clone it as a
 * template (test-database.ts), so parallel files never see each other's rows.
 * Without DATABASE_URL nothing is set, and tests use in-memory PGlite.
 */
import { migrateUrl } from '../../src/data/migrate';
import { createDatabase, uniqueDatabaseName, urlWithDatabase } from './pg-admin';

export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const name = uniqueDatabaseName('run');
  await createDatabase(serverUrl, name);
  const url = urlWithDatabase(serverUrl, name);
  await migrateUrl(url);
  process.env.TEST_DATABASE_URL = url;
}
