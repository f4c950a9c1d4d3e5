import type { PrismaClient } from '../generated/prisma/client';
import { releaseFromRow, updateFromRow } from './catalog.mapper';
import type { CatalogRepository, CatalogSnapshot } from './ports';

/** The version reported before anything was ever seeded. */
export const EMPTY_CATALOG_VERSION = 'empty';
/** catalog_state holds exactly one row, with this id. */
export const CATALOG_STATE_ID = 1;

export class PrismaCatalogRepository implements CatalogRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async loadCatalog(): Promise<CatalogSnapshot> {
    // Sequential on purpose: PGlite has one connection, and the order keeps results deterministic.
    const releases = await this.prisma.release.findMany({ orderBy: [{ build: 'asc' }, { key: 'asc' }] });
    const updates = await this.prisma.update.findMany({
      orderBy: [{ build: 'asc' }, { revision: 'asc' }, { kb: 'asc' }],
    });
    return { releases: releases.map(releaseFromRow), updates: updates.map(updateFromRow) };
  }

  async catalogVersion(): Promise<string> {
    const state = await this.prisma.catalogState.findUnique({ where: { id: CATALOG_STATE_ID } });
    return state?.version ?? EMPTY_CATALOG_VERSION;
  }
}
