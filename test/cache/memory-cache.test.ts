import { MemoryCache } from '../../src/cache/memory-cache';
import { defineCacheContract } from './cache-contract';

defineCacheContract('MemoryCache', () => new MemoryCache({ maxEntries: 1000 }));

describe('MemoryCache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = new MemoryCache({ maxEntries: 2 });
    await cache.set('a', '1');
    await cache.set('b', '2');
    await cache.get('a'); // a is now more recent than b
    await cache.set('c', '3');
    await expect(cache.get('b')).resolves.toBeUndefined();
    await expect(cache.get('a')).resolves.toBe('1');
    await expect(cache.get('c')).resolves.toBe('3');
    expect(cache.size).toBe(2);
  });

  it('applies the default ttl when set gives none', async () => {
    const cache = new MemoryCache({ maxEntries: 10, defaultTtlSeconds: 0.1 });
    await cache.set('a', '1');
    await new Promise((r) => setTimeout(r, 250));
    await expect(cache.get('a')).resolves.toBeUndefined();
  });

  it('rejects a nonsensical size or ttl', async () => {
    expect(() => new MemoryCache({ maxEntries: 0 })).toThrow(RangeError);
    await expect(new MemoryCache({ maxEntries: 1 }).set('a', '1', { ttl: -1 })).rejects.toThrow(RangeError);
  });
});
