import type Redis from 'ioredis';
import { createCacheStack } from '../../src/cache/layered-cache';
import { MemoryCache } from '../../src/cache/memory-cache';
import { RedisCache } from '../../src/cache/redis-cache';
import { createRedisClient, waitForRedisReady } from '../../src/cache/redis-client';
import { defineCacheContract } from './cache-contract';
import { REDIS_URL, deleteByPrefix, inspectClient, silentLogger, testPrefix } from './redis-test-env';

const redisUrl = REDIS_URL;
if (redisUrl) {
  describe(`Redis at ${redisUrl}`, () => {
    const prefix = testPrefix('redis-cache');
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

    defineCacheContract('RedisCache', () => new RedisCache(client, { prefix }));

    it('stores under the prefix with SET EX (whole seconds) or PX (fractions)', async () => {
      const cache = new RedisCache(client, { prefix });
      await cache.set('whole', 'v', { ttl: 120 });
      await cache.set('fraction', 'v', { ttl: 1.5 });
      await cache.set('forever', 'v');
      const ttlWhole = await inspect.pttl(`${prefix}whole`);
      expect(ttlWhole).toBeGreaterThan(119_000);
      expect(ttlWhole).toBeLessThanOrEqual(120_000);
      expect(await inspect.pttl(`${prefix}fraction`)).toBeLessThanOrEqual(1500);
      expect(await inspect.pttl(`${prefix}forever`)).toBe(-1);
      expect(await inspect.exists('whole')).toBe(0);
    });

    it('applies the default ttl when set gives none', async () => {
      const cache = new RedisCache(client, { prefix, defaultTtlSeconds: 300 });
      await cache.set('defaulted', 'v');
      expect(await inspect.ttl(`${prefix}defaulted`)).toBeGreaterThan(290);
    });

    it('reports whether delete removed something', async () => {
      const cache = new RedisCache(client, { prefix });
      await cache.set('d', 'v');
      await expect(cache.delete('d')).resolves.toBe(true);
      await expect(cache.delete('d')).resolves.toBe(false);
    });
  });
} else {
  describe('Redis (REDIS_URL unset: not run)', () => {
    it('falls back to the in-process cache when no Redis is configured', async () => {
      const memory = new MemoryCache({ maxEntries: 10 });
      const cache = createCacheStack({ memory, shared: undefined, logger: silentLogger() });
      expect(cache).toBe(memory);
      await cache.set('k', 'v', { ttl: 60 });
      await expect(cache.get('k')).resolves.toBe('v');
    });
  });
}
