/**
 * Opaque cursors for ImageTagRepository.pageTags: the sort key of the last row, so the
 * next page starts strictly after it (keyset pagination: no gaps or repeats when rows
 * are added between pages, unlike offsets).
 */
import type { Prisma } from '../generated/prisma/client';

export interface TagSortKey {
  build: number;
  revision: number | null;
  repository: string;
  tag: string;
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
  constructor(readonly cursor: string) {
    super(`not a cursor this service issued: ${cursor}`);
  }
}

export const encodeCursor = (k: TagSortKey): string =>
  Buffer.from(JSON.stringify([k.build, k.revision, k.repository, k.tag])).toString('base64url');

export function decodeCursor(cursor: string): TagSortKey {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  const ok =
    Array.isArray(v) && v.length === 4 && Number.isInteger(v[0]) &&
    (v[1] === null || Number.isInteger(v[1])) && typeof v[2] === 'string' && typeof v[3] === 'string';
  if (!ok) throw new InvalidCursorError(cursor);
  const [build, revision, repository, tag] = v as [number, number | null, string, string];
  return { build, revision, repository, tag };
}

/** Order: build desc, revision desc nulls last, repository name, tag. */
export const TAG_ORDER: Prisma.ImageTagOrderByWithRelationInput[] = [
  { build: 'desc' },
  { revision: { sort: 'desc', nulls: 'last' } },
  { repository: { name: 'asc' } },
  { tag: 'asc' },
];

/** Rows strictly after `k` in TAG_ORDER. */
export function afterCursor(k: TagSortKey): Prisma.ImageTagWhereInput {
  const sameRevisionAfter: Prisma.ImageTagWhereInput = {
    OR: [{ repository: { name: { gt: k.repository } } }, { repository: { name: k.repository }, tag: { gt: k.tag } }],
  };
  const sameBuildAfter: Prisma.ImageTagWhereInput =
    k.revision === null
      ? { revision: null, ...sameRevisionAfter } // nulls come last: only other null rows follow
      : { OR: [{ revision: { lt: k.revision } }, { revision: null }, { revision: k.revision, ...sameRevisionAfter }] };
  return { OR: [{ build: { lt: k.build } }, { build: k.build, ...sameBuildAfter }] };
}
