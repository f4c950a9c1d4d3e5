import type { KeyValueCache } from '../cache/key-value-cache';
import type { SingleFlight } from '../cache/single-flight';

/**
 * Read-through caching for a computed answer: the cache first, else one computation per key
 * however many requests ask at once, then store it. Values are JSON.
 */
export async function cached<T>(
  cache: KeyValueCache,
  flight: SingleFlight,
  key: string,
  ttlSeconds: number,
  compute: () => Promise<T>,
): Promise<T> {
  const hit = await cache.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  return flight(key, async () => {
    const value = await compute();
    await cache.set(key, JSON.stringify(value), { ttl: ttlSeconds });
    return value;
  });
}
