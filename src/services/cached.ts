import { LRUCache } from 'lru-cache';
import type { KeyValueCache } from '../cache/key-value-cache';
import type { SingleFlight } from '../cache/single-flight';
import { cacheMeter } from '../observability/metrics';

/**
 * Parsed answers, in process. The cache port holds JSON strings (shared with Redis); parsing a
 * canRun answer on every hit was the largest single cost of a hot request in the profile. Keys
 * hold the rules and catalog versions, so an entry is never stale, only evicted. Answers are
 * treated as immutable by every reader. Bounded by entries and by the length of their JSON (a
 * matrix answer is a hundred times a canRun one), so the heap it takes stays in tens of megabytes.
 */
const parsed = new LRUCache<string, object>({ max: 2000, maxSize: 8 * 1024 * 1024 });

/**
 * Read-through caching for a computed answer: parsed answers, then the cache port (memory, then
 * Redis), else one computation per key however many requests ask at once, then store it.
 */
export async function cached<T extends object>(
  cache: KeyValueCache,
  flight: SingleFlight,
  key: string,
  ttlSeconds: number,
  compute: () => Promise<T>,
): Promise<T> {
  const local = parsed.get(key);
  cacheMeter.count('process', local === undefined ? 'miss' : 'hit');
  if (local !== undefined) return local as T;
  const hit = await cache.get(key);
  if (hit !== undefined) {
    const value = JSON.parse(hit) as T;
    parsed.set(key, value, { ttl: ttlSeconds * 1000, size: Math.max(1, hit.length) });
    return value;
  }
  return flight(key, async () => {
    const json = JSON.stringify(await compute());
    await cache.set(key, json, { ttl: ttlSeconds });
    // What the next reader gets must be what Redis hands other instances: the JSON round trip.
    const stored = JSON.parse(json) as T;
    parsed.set(key, stored, { ttl: ttlSeconds * 1000, size: Math.max(1, json.length) });
    return stored;
  });
}
