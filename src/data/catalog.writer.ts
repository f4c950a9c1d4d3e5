import crypto from 'node:crypto';
import type { ImageTagRecord } from '../domain/image';
import type { Release, Update } from '../domain/release';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { releaseToRow, updateToRow } from './catalog.mapper';
import { CATALOG_STATE_ID } from './catalog.repository';
import type { ImageRepositoryInfo } from './ports';

export type { PrismaClient } from '../generated/prisma/client';

/** Everything the bundled seed owns: releases, updates, repositories and the derived tags. */
export interface BundledCatalog {
  readonly releases: readonly Release[];
  readonly updates: readonly Update[];
  readonly repositories: readonly ImageRepositoryInfo[];
  readonly tags: readonly ImageTagRecord[];
}

/** Serialises concurrent seeders (two replicas starting at once) inside their transactions. */
const SEED_LOCK_KEY = 72707370;

/**
 * The catalog version of a bundled catalog: a hash of its canonical JSON. Equal content gives
 * an equal version, so re-seeding the same files is recognised without comparing rows.
 */
export function bundledCatalogVersion(c: BundledCatalog): string {
  const sorted = {
    releases: [...c.releases].sort((a, b) => cmp(a.key, b.key)),
    updates: [...c.updates].sort((a, b) => a.build - b.build || a.revision - b.revision || cmp(a.kb, b.kb)),
    repositories: [...c.repositories].sort((a, b) => cmp(a.name, b.name)),
    tags: [...c.tags].sort((a, b) => cmp(a.repository, b.repository) || cmp(a.tag, b.tag)),
  };
  return crypto.createHash('sha256').update(canonicalJson(sorted)).digest('hex').slice(0, 20);
}

/**
 * Replaces the seed-owned rows with `c` in one transaction, unless the stored version already
 * equals c's. Observed tags (from registry ingestion) are kept, and win over a derived tag
 * with the same repository and name.
 */
export async function replaceBundledCatalog(prisma: PrismaClient, c: BundledCatalog): Promise<{ changed: boolean; version: string }> {
  const version = bundledCatalogVersion(c);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      const state = await tx.catalogState.findUnique({ where: { id: CATALOG_STATE_ID } });
      if (state?.version === version) return { changed: false, version };

      await tx.imageTag.deleteMany({ where: { origin: 'derived' } });
      await tx.update.deleteMany();
      await tx.release.deleteMany();
      await tx.release.createMany({ data: c.releases.map(releaseToRow) });
      await insertUpdates(tx, c.updates);

      const repoIds = new Map<string, number>();
      for (const r of c.repositories) {
        const row = await tx.imageRepository.upsert({ where: { name: r.name }, create: r, update: { description: r.description } });
        repoIds.set(r.name, row.id);
      }
      await insertTags(tx, c.tags, repoIds);
      await tx.catalogState.upsert({ where: { id: CATALOG_STATE_ID }, create: { id: CATALOG_STATE_ID, version }, update: { version } });
      return { changed: true, version };
    },
    // PGlite is slower than a server and a first seed writes a few thousand rows.
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/**
 * Bulk inserts send all rows as ONE json parameter expanded by jsonb_to_recordset: Prisma's
 * createMany (and raw queries with big array parameters) took ~1 s for 5,100 rows here, serialising
 * parameters in its query compiler; one string costs nothing. Dates stay ISO text → date.
 */
async function insertUpdates(tx: Prisma.TransactionClient, updates: readonly Update[]): Promise<void> {
  const rows = updates.map((u) => ({ ...updateToRow(u), releaseDate: u.releaseDate }));
  await tx.$executeRawUnsafe(
    `INSERT INTO "kb_update" ("kb", "build", "revision", "release_date", "product", "kind", "source")
     SELECT kb, build, revision, "releaseDate"::date, product, kind::"update_kind", source
     FROM jsonb_to_recordset($1::jsonb) AS r(kb text, build int, revision int, "releaseDate" text, product text, kind text, source text)`,
    JSON.stringify(rows),
  );
}

/** ON CONFLICT: an observed tag with the same repository and name wins over a derived one. */
async function insertTags(tx: Prisma.TransactionClient, tags: readonly ImageTagRecord[], repoIds: Map<string, number>): Promise<void> {
  // Positional arrays, not objects: the parameter is a third the size, and its size is the cost.
  const rows = tags.map((t) => {
    const repositoryId = repoIds.get(t.repository);
    if (repositoryId === undefined) throw new Error(`tag ${t.repository}:${t.tag}: repository is not in the catalog`);
    return [repositoryId, t.tag, t.build, t.revision, t.arch, t.origin, t.floating];
  });
  await tx.$executeRawUnsafe(
    `INSERT INTO "image_tag" ("repository_id", "tag", "build", "revision", "arch", "origin", "floating")
     SELECT (r->>0)::int, r->>1, (r->>2)::int, (r->>3)::int, (r->>4)::"arch", (r->>5)::"tag_origin", (r->>6)::bool
     FROM jsonb_array_elements($1::jsonb) AS r
     ON CONFLICT ("repository_id", "tag") DO NOTHING`,
    JSON.stringify(rows),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with object keys sorted, so the hash does not depend on property order. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => cmp(a, b));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
