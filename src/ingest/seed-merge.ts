/**
 * The bundled seed on a catalog that ingestion has already changed: replacing the seed-owned rows
 * (catalog.writer.ts) would delete every ingested KB and release, so the bundled files are merged
 * instead, through the ingestion path in partial mode: rows the catalog lacks are added, rows it
 * has stay as they are, and a bundled row that contradicts an ingested fact is reported in
 * ingestRuns, never written. Nothing is recorded when the merge changes nothing (every restart).
 */
import fs from 'node:fs';
import type { PrismaClient } from '../data/catalog.writer';
import { runIngest } from './ingest-job';
import type { SeedFiles, SeedResult } from './seed';
import { databaseIngestDeps } from './ingestion.wiring';

export async function mergeBundledCatalog(prisma: PrismaClient, files: SeedFiles): Promise<SeedResult> {
  const deps = databaseIngestDeps(prisma);
  const common = { source: 'bundled seed (merged)', partial: true, quietWhenUnchanged: true } as const;
  const releases = await runIngest(deps, fs.createReadStream(files.releases), { ...common, kind: 'releases' });
  const updates = await runIngest(deps, fs.createReadStream(files.kb), { ...common, kind: 'updates' });
  for (const r of [releases, updates])
    if (r.status === 'failed') throw new Error(`bundled ${r.kind} could not be merged: ${r.message}`);
  return {
    releases: releases.rowsRead,
    updates: updates.rowsRead,
    tags: 0,
    changed: releases.changed || updates.changed,
    version: updates.catalogVersion ?? '',
  };
}
