import { randomUUID } from 'node:crypto';
import type { KeyValueCache } from '../../src/cache/key-value-cache';

/**
 * One behavioural contract for every KeyValueCache implementation (in the style of Apollo's
 * defineIntegrationTestSuite): memory, Redis and layered caches must be interchangeable.
 * Keys are unique per test, so suites can share a real Redis with other test files.
 */
export function defineCacheContract(name: string, makeCache: () => KeyValueCache | Promise<KeyValueCache>): void {
  describe(`KeyValueCache contract: ${name}`, () => {
    let cache: KeyValueCache;
    const run = randomUUID().slice(0, 8);
    let n = 0;
    const key = (label = 'k'): string => `contract:${run}:${++n}:${label}`;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

    beforeAll(async () => {
      cache = await makeCache();
    });

    it('returns undefined for a key never set', async () => {
      await expect(cache.get(key())).resolves.toBeUndefined();
    });

    it('returns what was set', async () => {
      const k = key();
      await cache.set(k, 'value');
      await expect(cache.get(k)).resolves.toBe('value');
    });

    it('keeps the empty string as a value, not a miss', async () => {
      const k = key();
      await cache.set(k, '');
      await expect(cache.get(k)).resolves.toBe('');
    });

    it('overwrites an existing value', async () => {
      const k = key();
      await cache.set(k, 'first');
      await cache.set(k, 'second');
      await expect(cache.get(k)).resolves.toBe('second');
    });

    it('deletes a key, and deleting a missing key is fine', async () => {
      const k = key();
      await cache.set(k, 'value');
      await cache.delete(k);
      await expect(cache.get(k)).resolves.toBeUndefined();
      await expect(cache.delete(key('never-set'))).resolves.not.toThrow();
    });

    it('keeps similar keys apart', async () => {
      const a = key('a');
      await cache.set(a, '1');
      await cache.set(`${a}:`, '2');
      await cache.set(a.toUpperCase(), '3');
      await expect(cache.get(a)).resolves.toBe('1');
      await expect(cache.get(`${a}:`)).resolves.toBe('2');
      await expect(cache.get(a.toUpperCase())).resolves.toBe('3');
    });

    it('expires an entry after its ttl', async () => {
      const k = key();
      await cache.set(k, 'short-lived', { ttl: 0.2 });
      await expect(cache.get(k)).resolves.toBe('short-lived');
      await sleep(450);
      await expect(cache.get(k)).resolves.toBeUndefined();
    });

    it('keeps an entry with a longer ttl', async () => {
      const k = key();
      await cache.set(k, 'long-lived', { ttl: 60 });
      await sleep(250);
      await expect(cache.get(k)).resolves.toBe('long-lived');
    });

    it('round-trips unicode keys and values', async () => {
      const k = key('ключ-🪟-\u00e9-\u0065\u0301');
      const value = 'Windows Server 2022 ✓ — 日本語 🐳 \u0000 nul';
      await cache.set(k, value);
      await expect(cache.get(k)).resolves.toBe(value);
    });

    it('round-trips a large value (1 MiB JSON)', async () => {
      const k = key();
      const value = JSON.stringify({ rows: 'x'.repeat(1024 * 1024) });
      await cache.set(k, value, { ttl: 30 });
      const got = await cache.get(k);
      expect(got?.length).toBe(value.length);
      expect(got).toBe(value);
    });
  });
}
