/**
 * Loads the catalog bundled with the service (prisma/seed/releases.json + kb.csv) into the
 * database: records → domain values (strictly checked) → derived base-image tags → one
 * transaction. Idempotent: re-seeding the same files writes nothing and keeps the version.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deriveBaseImageTags } from '../domain/mcr-tag-conventions';
import { ReleaseCatalog } from '../domain/release-catalog';
import { releaseFromRecord, updateFromRow, type RecordProblem, type ReleaseRecord, type UpdateRow } from '../domain/release-record';
import { replaceBundledCatalog, type PrismaClient } from '../data/catalog.writer';
import type { ImageRepositoryInfo } from '../data/ports';
import { PrismaIngestRunRepository } from '../data/ingest-run.repository';
import { projectPath } from '../data/project-files';
import { csvObjects } from '../domain/ingest/csv-records';
import { mergeBundledCatalog } from './seed-merge';
import type { Result } from '../domain/result';

export interface SeedFiles {
  releases: string;
  kb: string;
}

export const DEFAULT_SEED_FILES: SeedFiles = {
  releases: projectPath('prisma', 'seed', 'releases.json'),
  kb: projectPath('prisma', 'seed', 'kb.csv'),
};

/** The Windows base images Microsoft publishes on MCR. */
export const BASE_IMAGE_REPOSITORIES: readonly ImageRepositoryInfo[] = [
  { name: 'mcr.microsoft.com/windows/servercore', description: 'Windows Server Core base image' },
  { name: 'mcr.microsoft.com/windows/nanoserver', description: 'Nano Server base image' },
  { name: 'mcr.microsoft.com/windows/server', description: 'Windows Server base image (full API, from Windows Server 2022)' },
  { name: 'mcr.microsoft.com/windows', description: 'Windows base image (full API)' },
];

export interface SeedResult {
  releases: number;
  updates: number;
  tags: number;
  changed: boolean;
  version: string;
}

export class SeedDataError extends Error {
  constructor(readonly file: string, readonly problems: readonly string[]) {
    super(`${file}: ${problems.length} bad record(s): ${problems.slice(0, 5).join('; ')}`);
  }
}

export async function seedBundledCatalog(prisma: PrismaClient, files: SeedFiles = DEFAULT_SEED_FILES): Promise<SeedResult> {
  // Once ingestion has changed the catalog, the bundled files are merged into it, not laid over it.
  if (await new PrismaIngestRunRepository(prisma).catalogWasIngested()) return mergeBundledCatalog(prisma, files);
  const records = JSON.parse(fs.readFileSync(files.releases, 'utf8')) as ReleaseRecord[];
  if (!Array.isArray(records)) throw new SeedDataError(files.releases, ['top level must be an array']);
  const releases = convertAll(files.releases, records, releaseFromRecord);
  const updates = convertAll(files.kb, parseCsv(fs.readFileSync(files.kb, 'utf8')) as unknown as UpdateRow[], updateFromRow);
  const tags = deriveBaseImageTags(new ReleaseCatalog(releases, updates));
  const { changed, version } = await replaceBundledCatalog(prisma, {
    releases, updates, tags, repositories: BASE_IMAGE_REPOSITORIES,
  });
  return { releases: releases.length, updates: updates.length, tags: tags.length, changed, version };
}

/** All or nothing: one bad record fails the seed before the database is touched. */
function convertAll<I, O>(file: string, items: readonly I[], convert: (i: I) => Result<O, RecordProblem>): O[] {
  const out: O[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const r = convert(item);
    if (r.ok) out.push(r.value);
    else problems.push(`#${i + 1} ${r.error.message} (got ${JSON.stringify(r.error.input)})`);
  });
  if (problems.length) throw new SeedDataError(file, problems);
  return out;
}

/** The bundled kb.csv as objects, through the same CSV reader ingestion uses. */
export const parseCsv = csvObjects;
