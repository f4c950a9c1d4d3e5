/**
 * Builds what the ingest mutations, ingestRuns and the node queries need (graphql/context.ts
 * IngestionServices) from one Prisma client: main.ts calls this, the GraphQL layer never sees
 * src/ingest or src/data.
 */
import { PrismaApiTokenRepository } from '../data/api-token.repository';
import type { PrismaClient } from '../data/catalog.writer';
import { PrismaIngestRunRepository } from '../data/ingest-run.repository';
import { PrismaIngestWriter } from '../data/ingest.writer';
import { PrismaNodeRepository } from '../data/node.repository';
import { AuthService } from '../services/auth.service';
import type { CatalogService } from '../services/catalog.service';
import type { IngestionServices } from '../services/ingest.service';
import { ReleaseCatalog } from '../domain/release-catalog';
import { PrismaCatalogRepository } from '../data/catalog.repository';
import { runIngest, type IngestDeps } from './ingest-job';

/**
 * An ingestion job's dependencies for code that writes without a running service (the CLI, the
 * start-up seed merge, benchmarks): the catalog is read straight from the database for each run.
 */
export function databaseIngestDeps(prisma: PrismaClient): IngestDeps {
  const catalogs = new PrismaCatalogRepository(prisma);
  return {
    writer: new PrismaIngestWriter(prisma),
    catalog: async () => {
      const s = await catalogs.loadCatalog();
      return new ReleaseCatalog(s.releases, s.updates);
    },
  };
}

export function createIngestion(prisma: PrismaClient, catalogs: CatalogService): IngestionServices {
  const deps = { writer: new PrismaIngestWriter(prisma), catalog: async () => (await catalogs.current()).catalog };
  return {
    auth: new AuthService(new PrismaApiTokenRepository(prisma)),
    // The mutation's content is one string already in memory (the HTTP layer caps the body).
    runner: (content, request) => runIngest(deps, [content], request),
    runs: new PrismaIngestRunRepository(prisma),
    nodes: new PrismaNodeRepository(prisma),
  };
}
