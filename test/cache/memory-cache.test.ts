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

  it('evicts by bytes when maxBytes comes before maxEntries, and keeps nothing larger than the whole budget', async () => {
    const cache = new MemoryCache({ maxEntries: 1000, maxBytes: 10_000 });
    for (let i = 0; i < 10; i++) await cache.set(`k${i}`, 'x'.repeat(1000)); // ~2 kB each
    expect(cache.size).toBeLessThanOrEqual(4);
    await expect(cache.get('k9')).resolves.toBe('x'.repeat(1000));
    await expect(cache.get('k0')).resolves.toBeUndefined();
    await cache.set('huge', 'x'.repeat(10_000));
    await expect(cache.get('huge')).resolves.toBeUndefined();
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
