/**
 * After an ingestion changed updates or releases of some builds, the derived base-image tags of
 * those builds are generated again (mcr-tag-conventions.ts) and upserted: new KB tags appear, and
 * floating tags (ltsc2022) move to the newest update. Observed tags are never touched, and no
 * derived tag is deleted: a tag once published stays resolvable.
 */
import { deriveBaseImageTags } from '../domain/mcr-tag-conventions';
import { ReleaseCatalog } from '../domain/release-catalog';
import type { Prisma } from '../generated/prisma/client';
import { releaseFromRow, updateFromRow } from './catalog.mapper';

type Tx = Prisma.TransactionClient;

export async function refreshDerivedTags(tx: Tx, builds: readonly number[]): Promise<void> {
  if (builds.length === 0) return;
  const releases = (await tx.release.findMany()).map(releaseFromRow);
  if (!releases.some((r) => builds.includes(r.build))) return; // no release, no tags (an insider build)
  const updates = (await tx.update.findMany({ where: { build: { in: [...builds] } } })).map(updateFromRow);
  const tags = deriveBaseImageTags(new ReleaseCatalog(releases, updates)).filter((t) => builds.includes(t.build));
  const repoIds = await repositoryIds(tx, [...new Set(tags.map((t) => t.repository))]);
  const rows = tags.map((t) => [repoIds.get(t.repository), t.tag, t.build, t.revision, t.arch, t.floating]);
  await tx.$executeRawUnsafe(
    `INSERT INTO image_tag (repository_id, tag, build, revision, arch, origin, floating)
     SELECT (r->>0)::int, r->>1, (r->>2)::int, (r->>3)::int, (r->>4)::arch, 'derived', (r->>5)::bool
     FROM jsonb_array_elements($1::jsonb) AS r
     ON CONFLICT (repository_id, tag) DO UPDATE
       SET build = EXCLUDED.build, revision = EXCLUDED.revision, arch = EXCLUDED.arch, floating = EXCLUDED.floating
       WHERE image_tag.origin = 'derived'
         AND (image_tag.build, image_tag.revision, image_tag.arch, image_tag.floating)
             IS DISTINCT FROM (EXCLUDED.build, EXCLUDED.revision, EXCLUDED.arch, EXCLUDED.floating)`,
    JSON.stringify(rows),
  );
}

/** Ids of the named repositories, creating any the catalog does not list yet. */
export async function repositoryIds(tx: Tx, names: readonly string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const name of names) {
    const row = await tx.imageRepository.upsert({ where: { name }, create: { name, description: `${name} (added by ingestion)` }, update: {}, select: { id: true } });
    ids.set(name, row.id);
  }
  return ids;
}
