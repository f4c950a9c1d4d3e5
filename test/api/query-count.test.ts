import { ApolloServer } from '@apollo/server';
import { MemoryCache } from '../../src/cache/memory-cache';
import { PrismaCatalogRepository } from '../../src/data/catalog.repository';
import type { Database } from '../../src/data/database';
import { PrismaImageTagRepository } from '../../src/data/image-tag.repository';
import type { ImageTagRepository } from '../../src/data/ports';
import { createContext, type Context } from '../../src/graphql/context';
import { appSchema } from '../../src/graphql/schema';
import { seedBundledCatalog } from '../../src/ingest/seed';
import { CatalogService } from '../../src/services/catalog.service';
import { TagRowsByCatalogVersion } from '../../src/services/tag-rows';
import { openTestDatabase } from '../support/test-database';

/** Counts calls per repository method: each call is one database query. */
function counting(repo: ImageTagRepository) {
  const calls: Record<string, number> = {};
  const proxy = new Proxy(repo, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return value.apply(target, args);
      };
    },
  });
  return { proxy, calls };
}

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await seedBundledCatalog(db.prisma);
});
afterAll(() => db.close());

it('resolves ten image references in one request with one tag query (per-request DataLoader, no N+1)', async () => {
  const { proxy, calls } = counting(new PrismaImageTagRepository(db.prisma));
  const shared = { catalogs: new CatalogService(new PrismaCatalogRepository(db.prisma)), tags: proxy, cache: new MemoryCache({ maxEntries: 100 }), cacheTtlSeconds: 60 };
  const server = new ApolloServer<Context>({ schema: appSchema() });
  await server.start();
  const tags = ['ltsc2019', 'ltsc2022', 'ltsc2025', '1809', '10.0.17763.437', '1809-KB4493509', 'ltsc2016', '20H2', '2004', 'ltsc2022-amd64'];
  const query = `{ ${tags.map((t, i) => `i${i}: resolveImage(reference: "mcr.microsoft.com/windows/servercore:${t}") { build }`).join(' ')} }`;
  const res = await server.executeOperation({ query }, { contextValue: createContext(shared) });
  await server.stop();
  expect(res.body.kind).toBe('single');
  if (res.body.kind !== 'single') return;
  expect(res.body.singleResult.errors).toBeUndefined();
  expect(Object.keys(res.body.singleResult.data!)).toHaveLength(10);
  expect(calls).toEqual({ findManyByKeys: 1 });
});

it('keeps tag rows for the catalog version: a repeated look-up costs no query until the catalog moves', async () => {
  const { proxy, calls } = counting(new PrismaImageTagRepository(db.prisma));
  const catalogs = new CatalogService(new PrismaCatalogRepository(db.prisma));
  const tagRows = new TagRowsByCatalogVersion(proxy, async () => (await catalogs.current()).version);
  const shared = { catalogs, tags: proxy, tagRows, cache: new MemoryCache({ maxEntries: 100 }), cacheTtlSeconds: 60 };
  const server = new ApolloServer<Context>({ schema: appSchema() });
  await server.start();
  const ask = async (tag: string) => {
    const res = await server.executeOperation({ query: `{ resolveImage(reference: "mcr.microsoft.com/windows/servercore:${tag}") { revision } }` }, { contextValue: createContext(shared) });
    return res.body.kind === 'single' ? res.body.singleResult : undefined;
  };
  try {
    expect((await ask('ltsc2019'))?.errors).toBeUndefined();
    expect((await ask('ltsc2019'))?.errors).toBeUndefined();
    expect((await ask('no-such-tag'))?.errors).toBeDefined();
    expect((await ask('no-such-tag'))?.errors).toBeDefined();
    expect(calls).toEqual({ findManyByKeys: 2 });
    // An ingestion moves the tag and the catalog version together; the next look-up reads the new row.
    const before = (await ask('ltsc2019'))?.data?.resolveImage as { revision: number };
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`UPDATE image_tag SET revision = revision + 1 WHERE tag = 'ltsc2019' AND repository_id = (SELECT id FROM image_repository WHERE name = 'mcr.microsoft.com/windows/servercore')`),
      db.prisma.$executeRawUnsafe(`UPDATE catalog_state SET version = 'tag-rows-' || md5(random()::text), updated_at = now()`),
    ]);
    expect((await ask('ltsc2019'))?.data?.resolveImage).toEqual({ revision: before.revision + 1 });
    expect(calls).toEqual({ findManyByKeys: 3 });
  } finally {
    await server.stop();
  }
});
