/** Runs ingestion jobs against a real test database (Postgres clone or PGlite), as the CLI does. */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/data/database';
import type { PrismaClient } from '../../src/generated/prisma/client';
import type { IngestReport } from '../../src/domain/ingest/ingest-report';
import { runIngest, type IngestOptions } from '../../src/ingest/ingest-job';
import { seedBundledCatalog } from '../../src/ingest/seed';
import { openTestDatabase } from '../support/test-database';
import { databaseIngestDeps } from '../../src/ingest/ingestion.wiring';

export const FIXTURES = path.resolve(__dirname, '../fixtures/ingest');
export const SHARED_DATA = path.resolve(__dirname, '../../../shared/data');
export const fixture = (name: string): string => path.join(FIXTURES, name);
/** The shared data when it is beside the repository, else the identical bundled copy. */
export const sharedFile = (name: string): string =>
  fs.existsSync(path.join(SHARED_DATA, name)) ? path.join(SHARED_DATA, name) : path.resolve(__dirname, '../../prisma/seed', name);

export async function openSeededDatabase(): Promise<Database> {
  const db = await openTestDatabase();
  await seedBundledCatalog(db.prisma);
  return db;
}

type Input = string | Buffer | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/** One run; `input` is a file path when `file` is set, else the content itself. */
export async function ingest(prisma: PrismaClient, input: Input, options: Partial<IngestOptions> & Pick<IngestOptions, 'kind'>, file = false): Promise<IngestReport> {
  const deps = databaseIngestDeps(prisma);
  const source = file ? fs.createReadStream(input as string) : typeof input === 'string' || Buffer.isBuffer(input) ? [input] : input;
  return runIngest(deps, source, { source: 'test', ...options });
}

export const ingestFile = (prisma: PrismaClient, file: string, options: Partial<IngestOptions> & Pick<IngestOptions, 'kind'>) =>
  ingest(prisma, file, { source: path.basename(file), ...options }, true);

/** What must not move when a run writes nothing. */
export async function catalogSnapshot(prisma: PrismaClient) {
  return {
    version: (await prisma.catalogState.findUnique({ where: { id: 1 } }))?.version ?? null,
    updates: await prisma.update.count(),
    releases: await prisma.release.count(),
    tags: await prisma.imageTag.count(),
    observed: await prisma.imageTag.count({ where: { origin: 'observed' } }),
    nodes: await prisma.kubeNode.count(),
  };
}

/** rowsRead = inserted + updated + unchanged + rejected + skipped, for every completed report. */
export function expectBalanced(r: IngestReport): void {
  expect(r.inserted + r.updated + r.unchanged + r.rejected + r.skipped).toBe(r.rowsRead);
}
