import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Cluster, Redis } from 'ioredis';
import { RedisCache } from '../../src/cache/redis-cache';
import { createRedisClient, reconnectDelayMs, waitForRedisReady } from '../../src/cache/redis-client';
import { RedisServerProcess, freePort } from './redis-server-process';
import { silentLogger } from './redis-test-env';

describe('reconnectDelayMs', () => {
  it('backs off exponentially from 100 ms and caps at 5 s (plus < 200 ms jitter)', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => reconnectDelayMs(n, noJitter))).toEqual([
      100, 200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
    expect(reconnectDelayMs(1000, () => 0.999)).toBe(5199);
  });
});

describe('createRedisClient', () => {
  it('needs a url or cluster nodes', () => {
    expect(() => createRedisClient({ logger: silentLogger() })).toThrow(/url or cluster nodes/);
  });

  it('fails commands fast while disconnected instead of queueing them', async () => {
    const client = createRedisClient({ url: 'redis://127.0.0.1:1', logger: silentLogger() });
    try {
      expect(client).toBeInstanceOf(Redis);
      const start = performance.now();
      await expect(client.get('k')).rejects.toThrow();
      expect(performance.now() - start).toBeLessThan(100);
    } finally {
      client.disconnect();
    }
  });
});

describe('createRedisClient in cluster mode (a real 3-master cluster started by this test)', () => {
  const servers: RedisServerProcess[] = [];
  let dir: string;
  let client: ReturnType<typeof createRedisClient> | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wincompat-cluster-'));
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const server = new RedisServerProcess(
        port,
        ['--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '2000'],
        dir,
      );
      await server.start();
      servers.push(server);
    }
    const addresses = servers.map((s) => `127.0.0.1:${s.port}`);
    await promisify(execFile)('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
  }, 30_000);
  afterAll(async () => {
    client?.disconnect();
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses Cluster and spreads keys over the slots', async () => {
    client = createRedisClient({
      clusterNodes: servers.map((s) => ({ host: '127.0.0.1', port: s.port })),
      logger: silentLogger(),
    });
    expect(client).toBeInstanceOf(Cluster);
    // The cluster may need a moment to agree on slots after `--cluster create`.
    await waitForRedisReady(client, 15_000);
    const cache = new RedisCache(client, { prefix: 'cluster-test:' });
    const keys = Array.from({ length: 30 }, (_, i) => `key-${i}`);
    for (const k of keys) await cache.set(k, `v-${k}`, { ttl: 60 });
    for (const k of keys) await expect(cache.get(k)).resolves.toBe(`v-${k}`);
    const perNode = await Promise.all(
      (client as Cluster).nodes('master').map((node) => node.dbsize()),
    );
    expect(perNode.filter((n) => n > 0).length).toBeGreaterThan(1);
  }, 30_000);
});
