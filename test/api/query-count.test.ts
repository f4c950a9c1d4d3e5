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
