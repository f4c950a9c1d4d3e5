import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client';
import { PgliteCatalogChangeFeed, PostgresCatalogChangeFeed } from './catalog-change-feed';
import type { CatalogChangeFeed } from './ports';
import { migrate, migrateUrl, pgliteExecutor, type MigrateOptions } from './migrate';

export interface DatabaseConfig {
  /** A PostgreSQL URL. Without one the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory (default `.data/pglite`); `memory://` keeps everything in memory. */
  pgliteDir?: string;
  /** Where the migrations are; tests point elsewhere to provoke failures. */
  migrations?: MigrateOptions;
}

export interface Database {
  readonly prisma: PrismaClient;
  readonly kind: 'postgres' | 'pglite';
  /** A feed of committed catalog changes (LISTEN/NOTIFY) for this database. */
  changeFeed(logger: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void }): CatalogChangeFeed;
  close(): Promise<void>;
}

export const DEFAULT_PGLITE_DIR = '.data/pglite';

/**
 * Opens the catalog database and brings its schema up to date before anyone queries it,
 * so a fresh checkout (PGlite) or a fresh Postgres works with no separate migrate step.
 */
export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    await migrateUrl(config.databaseUrl, config.migrations);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.databaseUrl }) });
    const url = config.databaseUrl;
    return { prisma, kind: 'postgres', changeFeed: (logger) => new PostgresCatalogChangeFeed(url, logger), close: () => prisma.$disconnect() };
  }
  const dir = config.pgliteDir ?? DEFAULT_PGLITE_DIR;
  // ':memory:' is the SQLite habit; PGlite spells it 'memory://' (or no dir at all).
  const inMemory = dir === ':memory:' || dir === 'memory://';
  if (!inMemory) fs.mkdirSync(dir, { recursive: true });
  const pglite = inMemory ? new PGlite() : new PGlite(dir);
  try {
    await migrate(pgliteExecutor(pglite), config.migrations);
  } catch (e) {
    await pglite.close();
    throw e;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: 'pglite',
    changeFeed: () => new PgliteCatalogChangeFeed(pglite),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
