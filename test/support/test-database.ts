/**
 * A migrated database for one test file: a clone of the run's Postgres database when jest
 * runs with DATABASE_URL (see global-setup.ts), else a fresh in-memory PGlite. Real
 * databases, no mocks; close() drops the clone.
 */
import crypto from 'node:crypto';
import { createDatabase as openDatabase, type Database } from '../../src/data/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createDatabase, dropDatabase, urlWithDatabase } from './pg-admin';

export const usingPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

export async function openTestDatabase(): Promise<Database> {
  const templateUrl = process.env.TEST_DATABASE_URL;
  if (!templateUrl) return openDatabase({ pgliteDir: 'memory://' });
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_${crypto.randomBytes(4).toString('hex')}`;
  await createDatabase(templateUrl, name, template);
  const db = await openDatabase({ databaseUrl: urlWithDatabase(templateUrl, name) });
  return {
    ...db,
    close: async () => {
      await db.close();
      await dropDatabase(templateUrl, name);
    },
  };
}

/** An empty Postgres database (no migrations) for migration tests; null when running on PGlite. */
export async function openBlankPostgres(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const templateUrl = process.env.TEST_DATABASE_URL;
  if (!templateUrl) return null;
  const name = `${new URL(templateUrl).pathname.slice(1)}_blank_${crypto.randomBytes(4).toString('hex')}`;
  await createDatabase(templateUrl, name);
  return { url: urlWithDatabase(templateUrl, name), drop: () => dropDatabase(templateUrl, name) };
}

/** Empties every catalog table, children first. */
export async function resetCatalog(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction([
    prisma.imageTag.deleteMany(),
    prisma.imageRepository.deleteMany(),
    prisma.update.deleteMany(),
    prisma.release.deleteMany(),
    prisma.catalogState.deleteMany(),
  ]);
}
