import type Redis from 'ioredis';
import { ErrorsAreMissesCache } from '../../src/cache/errors-are-misses-cache';
import { LayeredCache, createCacheStack } from '../../src/cache/layered-cache';
import { MemoryCache } from '../../src/cache/memory-cache';
import { RedisCache } from '../../src/cache/redis-cache';
import { createRedisClient, waitForRedisReady } from '../../src/cache/redis-client';
import { defineCacheContract } from './cache-contract';
import { REDIS_URL, deleteByPrefix, inspectClient, silentLogger, testPrefix } from './redis-test-env';

defineCacheContract(
  'LayeredCache (memory over memory)',
  () => new LayeredCache(new MemoryCache({ maxEntries: 100 }), new MemoryCache({ maxEntries: 100 })),
);

describe('LayeredCache', () => {
  it('fills memory from the shared layer on a memory miss', async () => {
    const memory = new MemoryCache({ maxEntries: 10 });
    const shared = new MemoryCache({ maxEntries: 10 });
    await shared.set('k', 'from-shared');
    const cache = new LayeredCache(memory, shared);
    await expect(cache.get('k')).resolves.toBe('from-shared');
    await expect(memory.get('k')).resolves.toBe('from-shared');
  });

  it('writes both layers, and caps the memory ttl with fillTtlSeconds', async () => {
    const memory = new MemoryCache({ maxEntries: 10 });
    const shared = new MemoryCache({ maxEntries: 10 });
    const cache = new LayeredCache(memory, shared, { fillTtlSeconds: 0.1 });
    await cache.set('k', 'v', { ttl: 60 });
    await expect(shared.get('k')).resolves.toBe('v');
    await new Promise((r) => setTimeout(r, 250));
    await expect(memory.get('k')).resolves.toBeUndefined();
    await expect(cache.get('k')).resolves.toBe('v'); // refilled from the shared layer
  });

  it('deletes from both layers', async () => {
    const memory = new MemoryCache({ maxEntries: 10 });
    const shared = new MemoryCache({ maxEntries: 10 });
    const cache = new LayeredCache(memory, shared);
    await cache.set('k', 'v');
    await expect(cache.delete('k')).resolves.toBe(true);
    await expect(memory.get('k')).resolves.toBeUndefined();
    await expect(shared.get('k')).resolves.toBeUndefined();
  });
});

const redisUrl = REDIS_URL;
if (redisUrl) {
  describe(`LayeredCache over Redis at ${redisUrl}`, () => {
    const prefix = testPrefix('layered');
    let client: ReturnType<typeof createRedisClient>;
    let inspect: Redis;

    beforeAll(async () => {
      client = createRedisClient({ url: redisUrl, logger: silentLogger() });
      inspect = inspectClient(redisUrl);
      await waitForRedisReady(client, 5000);
    });
    afterAll(async () => {
      await deleteByPrefix(inspect, prefix);
      client.disconnect();
      inspect.disconnect();
    });

    defineCacheContract('LayeredCache (memory over Redis)', () =>
      createCacheStack({
        memory: new MemoryCache({ maxEntries: 100 }),
        shared: new RedisCache(client, { prefix }),
        logger: silentLogger(),
        sharedTimeoutMs: 1000,
      }),
    );

    it('a second process sees the first one’s value through Redis', async () => {
      const make = () => {
        const shared = new RedisCache(client, { prefix });
        return new LayeredCache(
          new MemoryCache({ maxEntries: 10 }),
          new ErrorsAreMissesCache(shared, { logger: silentLogger(), timeoutMs: 1000 }),
        );
      };
      const replicaA = make();
      const replicaB = make();
      await replicaA.set('shared-key', 'computed-by-A', { ttl: 60 });
      await expect(replicaB.get('shared-key')).resolves.toBe('computed-by-A');
      expect(await inspect.get(`${prefix}shared-key`)).toBe('computed-by-A');
    });
  });
} else {
  describe('LayeredCache over Redis (REDIS_URL unset: not run)', () => {
    it('uses memory alone when no shared cache is configured', async () => {
      const memory = new MemoryCache({ maxEntries: 10 });
      expect(createCacheStack({ memory, logger: silentLogger() })).toBe(memory);
    });
  });
}
