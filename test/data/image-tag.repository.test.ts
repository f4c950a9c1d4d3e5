import type { Database } from '../../src/data/database';
import { PrismaCatalogRepository } from '../../src/data/catalog.repository';
import { PrismaImageTagRepository } from '../../src/data/image-tag.repository';
import { InvalidCursorError } from '../../src/data/tag-cursor';
import type { AllowedVersion } from '../../src/data/ports';
import type { ImageTagRecord } from '../../src/domain/image';
import { BASE_IMAGE_REPOSITORIES, seedBundledCatalog } from '../../src/ingest/seed';
import { openTestDatabase } from '../support/test-database';

const SERVERCORE = 'mcr.microsoft.com/windows/servercore';
/** The documented order, written out independently of the repository's Prisma orderBy. */
const byPageOrder = (a: ImageTagRecord, b: ImageTagRecord) =>
  b.build - a.build || (b.revision ?? -1) - (a.revision ?? -1) ||
  (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
const key = (t: ImageTagRecord) => `${t.repository}:${t.tag}`;

describe('catalog and image-tag repositories', () => {
  let db: Database;
  let tags: PrismaImageTagRepository;
  let all: ImageTagRecord[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedBundledCatalog(db.prisma);
    tags = new PrismaImageTagRepository(db.prisma);
    const everything = (await tags.distinctBuildRevisions()).map(({ build }) => ({ build, revision: null }));
    all = [...(await tags.pageTags({ allowed: everything, first: 100_000 })).nodes];
  });
  afterAll(() => db?.close());

  it('reports the seeded catalog and its version', async () => {
    const repo = new PrismaCatalogRepository(db.prisma);
    const { releases, updates } = await repo.loadCatalog();
    expect([releases.length, updates.length]).toEqual([30, 903]);
    expect(releases.find((r) => r.key === 'ws2022')).toMatchObject({ build: 20348, kind: 'server', ltscName: 'ltsc2022' });
    expect(await repo.catalogVersion()).toMatch(/^[0-9a-f]{20}$/);
  });

  it('lists the four base-image repositories', async () => {
    expect((await tags.listRepositories()).map((r) => r.name).sort()).toEqual(BASE_IMAGE_REPOSITORIES.map((r) => r.name).sort());
  });

  it('finds one tag, and many in key order with null for misses', async () => {
    const ltsc2022 = await tags.findTag(SERVERCORE, 'ltsc2022');
    expect(ltsc2022).toMatchObject({ repository: SERVERCORE, tag: 'ltsc2022', build: 20348, floating: true, origin: 'derived', arch: 'amd64' });
    expect(await tags.findTag(SERVERCORE, 'no-such-tag')).toBeNull();
    const keys = [all[5], { repository: SERVERCORE, tag: 'nope' }, all[0], all[5]];
    expect(await tags.findManyByKeys(keys)).toEqual([all[5], null, all[0], all[5]]);
    expect(await tags.findManyByKeys([])).toEqual([]);
  });

  it('counts tags per build and revision, newest first', async () => {
    const groups = await tags.distinctBuildRevisions();
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(all.length);
    expect(groups).toEqual([...groups].sort((a, b) => b.build - a.build || (b.revision ?? -1) - (a.revision ?? -1)));
    const servercore = await tags.distinctBuildRevisions(SERVERCORE);
    expect(servercore.reduce((n, g) => n + g.count, 0)).toBe(all.filter((t) => t.repository === SERVERCORE).length);
  });

  it('pages through a filter in the documented order without gaps or repeats', async () => {
    const allowed: AllowedVersion[] = [{ build: 17763, revision: null }, { build: 20348, revision: null }];
    const expected = all.filter((t) => t.build === 17763 || t.build === 20348).sort(byPageOrder);
    const seen: ImageTagRecord[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      const page = await tags.pageTags({ allowed, first: 97, after });
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes);
      if (!page.hasNextPage) break;
      after = page.endCursor;
      expect(pages).toBeLessThan(100);
    }
    expect(seen).toEqual(expected);
  });

  it('keeps its place when a row is added before the cursor', async () => {
    const allowed = [{ build: 20348, revision: null }];
    const first = await tags.pageTags({ repository: SERVERCORE, allowed, first: 10 });
    const repo = await db.prisma.imageRepository.findUniqueOrThrow({ where: { name: SERVERCORE } });
    await db.prisma.imageTag.create({ data: { repositoryId: repo.id, tag: '10.0.20348.65000', build: 20348, revision: 65000, arch: 'amd64', origin: 'observed', floating: false } });
    try {
      const second = await tags.pageTags({ repository: SERVERCORE, allowed, first: 10, after: first.endCursor });
      expect(second.nodes.map(key).filter((k) => first.nodes.map(key).includes(k))).toEqual([]);
      const expected = all.filter((t) => t.repository === SERVERCORE && t.build === 20348).sort(byPageOrder).slice(10, 20);
      expect(second.nodes).toEqual(expected);
    } finally {
      await db.prisma.imageTag.deleteMany({ where: { tag: '10.0.20348.65000' } });
    }
  });

  it('matches exact revisions, takes every revision for a wildcard, and nothing for an empty list', async () => {
    const sample = all.find((t) => t.revision !== null && t.repository === SERVERCORE)!;
    const exact = await tags.pageTags({ allowed: [{ build: sample.build, revision: sample.revision }], first: 1000 });
    expect(exact.nodes.length).toBeGreaterThan(0);
    expect(exact.nodes.every((t) => t.build === sample.build && t.revision === sample.revision)).toBe(true);
    const wildcard = await tags.pageTags({ allowed: [{ build: sample.build, revision: null }, { build: sample.build, revision: 1 }], first: 1 });
    expect(wildcard.totalCount).toBe(all.filter((t) => t.build === sample.build).length);
    expect(await tags.pageTags({ allowed: [], first: 10 })).toEqual({ nodes: [], totalCount: 0, hasNextPage: false, endCursor: null });
    const revisions = [...new Set(all.filter((t) => t.build === sample.build && t.revision !== null).map((t) => t.revision!))].sort((a, b) => a - b);
    const [from, through] = [revisions[1]!, revisions[Math.min(5, revisions.length - 1)]!];
    const range = await tags.pageTags({ allowed: [{ build: sample.build, revision: from, throughRevision: through }], first: 1000 });
    expect(range.nodes).toEqual(all.filter((t) => t.build === sample.build && t.revision !== null && t.revision >= from && t.revision <= through).sort(byPageOrder));
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(tags.pageTags({ allowed: [], first: 1, after: 'bm9wZQ' })).rejects.toThrow(InvalidCursorError);
  });
});
