import Redis from 'ioredis';
import { ErrorsAreMissesCache } from '../../src/cache/errors-are-misses-cache';
import type { KeyValueCache } from '../../src/cache/key-value-cache';
import { RedisCache } from '../../src/cache/redis-cache';
import { createRedisClient, waitForRedisReady } from '../../src/cache/redis-client';
import { RedisServerProcess, freePort } from './redis-server-process';
import { silentLogger } from './redis-test-env';

const elapsed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

describe('ErrorsAreMissesCache with Redis unreachable (closed port 127.0.0.1:1)', () => {
  const clientLog = silentLogger();
  const cacheLog = silentLogger();
  const client = createRedisClient({ url: 'redis://127.0.0.1:1', logger: clientLog });
  const cache = new ErrorsAreMissesCache(new RedisCache(client), { logger: cacheLog, name: 'redis' });
  afterAll(() => client.disconnect());

  it('answers get with a quick miss, resolves set and delete, and never throws', async () => {
    for (let i = 0; i < 20; i++) {
      const [value, ms] = await elapsed(() => cache.get('k'));
      expect(value).toBeUndefined();
      expect(ms).toBeLessThan(150);
      await expect(cache.set('k', 'v', { ttl: 60 })).resolves.toBeUndefined();
      await expect(cache.delete('k')).resolves.toBeUndefined();
    }
  });

  it('logs one warning for the whole outage, and the client logs its error once', async () => {
    await new Promise((r) => setTimeout(r, 300)); // let ioredis retry a few times
    expect(cacheLog.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(cacheLog.lines.filter((l) => l.level === 'info')).toHaveLength(0);
    expect(clientLog.lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(cache.healthy).toBe(false);
  });
});

describe('ErrorsAreMissesCache across a real Redis outage and recovery', () => {
  const cacheLog = silentLogger();
  const clientLog = silentLogger();
  let server: RedisServerProcess;
  let client: ReturnType<typeof createRedisClient>;
  let cache: ErrorsAreMissesCache;

  beforeAll(async () => {
    server = new RedisServerProcess(await freePort());
    await server.start();
    client = createRedisClient({ url: server.url, logger: clientLog });
    await waitForRedisReady(client, 5000);
    cache = new ErrorsAreMissesCache(new RedisCache(client), { logger: cacheLog, timeoutMs: 50, name: 'redis' });
  });
  afterAll(async () => {
    client?.disconnect();
    await server?.stop();
  });

  it('hits, then misses while Redis is down, then hits again once it is back', async () => {
    await cache.set('k', 'before');
    await expect(cache.get('k')).resolves.toBe('before');

    await server.stop();
    const [missed, ms] = await elapsed(() => cache.get('k'));
    expect(missed).toBeUndefined();
    expect(ms).toBeLessThan(150);
    await expect(cache.set('k', 'during')).resolves.toBeUndefined();
    for (let i = 0; i < 5; i++) {
      // stay down long enough for several reconnect attempts (backoff 100, 200, 400 ms...)
      await new Promise((r) => setTimeout(r, 150));
      await expect(cache.get('k')).resolves.toBeUndefined();
    }
    expect(cacheLog.lines.filter((l) => l.level === 'warn')).toHaveLength(1);

    await server.start(); // same port, empty data set (no persistence)
    await waitForRedisReady(client, 15_000); // the client's retry strategy reconnects by itself
    await expect(cache.get('k')).resolves.toBeUndefined(); // a real miss: the data died with the server
    await cache.set('k', 'after');
    await expect(cache.get('k')).resolves.toBe('after');

    expect(cacheLog.lines.map((l) => l.level)).toEqual(['warn', 'info']);
    expect(cacheLog.lines[1]!.msg).toMatch(/recovered/);
    expect(clientLog.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining([expect.stringMatching(/redis connection (error|lost)/), 'redis reconnected']),
    );
    expect(cache.healthy).toBe(true);
  }, 30_000);

  it('turns a slow Redis (CLIENT PAUSE) into a miss within the timeout', async () => {
    await cache.set('slow', 'v');
    const admin = new Redis(server.url);
    try {
      await admin.client('PAUSE', 400, 'ALL');
      const [value, ms] = await elapsed(() => cache.get('slow'));
      expect(value).toBeUndefined();
      expect(ms).toBeLessThan(150);
      await new Promise((r) => setTimeout(r, 500)); // pause over: the paused GET completed late and unobserved
      await expect(cache.get('slow')).resolves.toBe('v');
    } finally {
      admin.disconnect();
    }
  });
});

describe('ErrorsAreMissesCache with a cache that throws synchronously', () => {
  // A programming fault in a backend adapter; it cannot be caused with a real Redis.
  const broken: KeyValueCache = {
    get: () => {
      throw new Error('sync get');
    },
    set: () => {
      throw new Error('sync set');
    },
    delete: () => Promise.reject(new Error('async delete')),
  };

  it('still resolves every call', async () => {
    const log = silentLogger();
    const cache = new ErrorsAreMissesCache(broken, { logger: log });
    await expect(cache.get('k')).resolves.toBeUndefined();
    await expect(cache.set('k', 'v')).resolves.toBeUndefined();
    await expect(cache.delete('k')).resolves.toBeUndefined();
    expect(log.lines).toHaveLength(1);
  });
});
