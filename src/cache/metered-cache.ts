import type { KeyValueCache, KeyValueCacheSetOptions } from './key-value-cache';

/** Where hits and misses are counted; main.ts passes the Prometheus counter, tests a plain object. */
export interface CacheMeter {
  count(layer: string, result: 'hit' | 'miss' | 'error'): void;
}

/**
 * Counts reads of one cache layer (hit, miss, error) and changes nothing else: errors are counted
 * and rethrown, so ErrorsAreMissesCache above it still turns them into misses. Wrap each layer
 * separately (memory, redis) to see where answers come from.
 */
export class MeteredCache implements KeyValueCache {
  constructor(
    private readonly inner: KeyValueCache,
    private readonly layer: string,
    private readonly meter: CacheMeter,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.inner.get(key);
      this.meter.count(this.layer, value === undefined ? 'miss' : 'hit');
      return value;
    } catch (err) {
      this.meter.count(this.layer, 'error');
      throw err;
    }
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}
