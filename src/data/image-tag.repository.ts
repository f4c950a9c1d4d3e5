import type { ImageTagRecord } from '../domain/image';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { TAG_SELECT, tagFromRow } from './catalog.mapper';
import type {
  AllowedVersion, BuildRevisionCount, ImageRepositoryInfo, ImageTagRepository, TagKey, TagPage, TagPageQuery,
} from './ports';
import { TAG_ORDER, afterCursor, decodeCursor, encodeCursor } from './tag-cursor';

export class PrismaImageTagRepository implements ImageTagRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async findTag(repository: string, tag: string): Promise<ImageTagRecord | null> {
    const row = await this.prisma.imageTag.findFirst({ where: { repository: { name: repository }, tag }, select: TAG_SELECT });
    return row ? tagFromRow(row) : null;
  }

  async findManyByKeys(keys: readonly TagKey[]): Promise<(ImageTagRecord | null)[]> {
    if (keys.length === 0) return [];
    const id = (k: TagKey) => `${k.repository}\n${k.tag}`;
    const unique = [...new Map(keys.map((k) => [id(k), k])).values()];
    const rows = await this.prisma.imageTag.findMany({
      where: { OR: unique.map((k) => ({ repository: { name: k.repository }, tag: k.tag })) },
      select: TAG_SELECT,
    });
    const found = new Map(rows.map((r) => { const rec = tagFromRow(r); return [id(rec), rec]; }));
    return keys.map((k) => found.get(id(k)) ?? null);
  }

  async distinctBuildRevisions(repository?: string): Promise<BuildRevisionCount[]> {
    const groups = await this.prisma.imageTag.groupBy({
      by: ['build', 'revision'],
      where: repository === undefined ? {} : { repository: { name: repository } },
      _count: { _all: true },
    });
    return groups
      .map((g) => ({ build: g.build, revision: g.revision, count: g._count._all }))
      .sort((a, b) => b.build - a.build || (b.revision ?? -1) - (a.revision ?? -1));
  }

  async pageTags(query: TagPageQuery): Promise<TagPage> {
    const first = Math.max(0, Math.floor(query.first));
    const after = query.after ? afterCursor(decodeCursor(query.after)) : {};
    // Short-circuit: Prisma's `OR: []` matched nothing in count() but everything inside findMany's AND.
    if (query.allowed.length === 0) return { nodes: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const filter: Prisma.ImageTagWhereInput = {
      ...(query.repository === undefined ? {} : { repository: { name: query.repository } }),
      ...allowedWhere(query.allowed),
    };
    const totalCount = query.knownTotal ?? (await this.prisma.imageTag.count({ where: filter }));
    // One extra row says whether another page exists without a second count.
    const rows = await this.prisma.imageTag.findMany({
      where: { AND: [filter, after] },
      orderBy: TAG_ORDER,
      take: first + 1,
      select: TAG_SELECT,
    });
    const nodes = rows.slice(0, first).map(tagFromRow);
    const last = nodes[nodes.length - 1];
    return { nodes, totalCount, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null };
  }

  cursorFor(tag: ImageTagRecord): string {
    return encodeCursor({ build: tag.build, revision: tag.revision, repository: tag.repository, tag: tag.tag });
  }

  async listRepositories(): Promise<ImageRepositoryInfo[]> {
    return this.prisma.imageRepository.findMany({ select: { name: true, description: true }, orderBy: { name: 'asc' } });
  }
}

/** revision null = every revision of the build; exact pairs or revision runs otherwise. Callers handle an empty list. */
function allowedWhere(allowed: readonly AllowedVersion[]): Prisma.ImageTagWhereInput {
  const anyRevision = [...new Set(allowed.filter((a) => a.revision === null).map((a) => a.build))];
  const exact = allowed.filter((a) => a.revision !== null && !anyRevision.includes(a.build));
  const or: Prisma.ImageTagWhereInput[] = exact.map((a) =>
    a.throughRevision !== undefined && a.throughRevision !== a.revision
      ? { build: a.build, revision: { gte: a.revision!, lte: a.throughRevision } }
      : { build: a.build, revision: a.revision },
  );
  if (anyRevision.length) or.push({ build: { in: anyRevision } });
  return { OR: or };
}
