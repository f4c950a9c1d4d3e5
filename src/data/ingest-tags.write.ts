/** The tag-list half of the ingest writer: compare with the repository's stored tags, then upsert. */
import type { ImageTagRecord } from '../domain/image';
import { compareTag } from '../domain/ingest/tag-change';
import type { Prisma } from '../generated/prisma/client';
import { TAG_SELECT, tagFromRow } from './catalog.mapper';
import { repositoryIds } from './derived-tags.refresh';
import type { Lined } from './ingest-ports';
import { classifyRows, type Classified } from './ingest-rows.classify';

type Tx = Prisma.TransactionClient;

export async function classifyTags(tx: Tx, repository: string, rows: readonly Lined<ImageTagRecord>[]): Promise<Classified<ImageTagRecord>> {
  const stored = (await tx.imageTag.findMany({ where: { repository: { name: repository } }, select: TAG_SELECT })).map(tagFromRow);
  return classifyRows(rows, (t) => t.tag, new Map(stored.map((t) => [t.tag, t])), compareTag, (t) => `tag ${t.tag}`);
}

export async function applyTags(tx: Tx, repository: string, c: Classified<ImageTagRecord>): Promise<void> {
  const changed = [...c.inserts, ...c.updates];
  if (changed.length === 0) return;
  const id = (await repositoryIds(tx, [repository])).get(repository)!;
  const BATCH = 10_000;
  for (let i = 0; i < changed.length; i += BATCH) {
    const rows = changed.slice(i, i + BATCH).map((t) => [t.tag, t.build, t.revision, t.arch, t.origin, t.floating]);
    await tx.$executeRawUnsafe(
      `INSERT INTO image_tag (repository_id, tag, build, revision, arch, origin, floating, observed_at)
       SELECT $1, r->>0, (r->>1)::int, (r->>2)::int, (r->>3)::arch, (r->>4)::tag_origin, (r->>5)::bool,
              CASE WHEN r->>4 = 'observed' THEN now() END
       FROM jsonb_array_elements($2::jsonb) AS r
       ON CONFLICT (repository_id, tag) DO UPDATE
         SET build = EXCLUDED.build, revision = EXCLUDED.revision, arch = EXCLUDED.arch,
             origin = EXCLUDED.origin, floating = EXCLUDED.floating, observed_at = EXCLUDED.observed_at`,
      id,
      JSON.stringify(rows),
    );
  }
}
