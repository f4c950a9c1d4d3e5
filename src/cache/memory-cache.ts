import { LRUCache } from 'lru-cache';
import { ttlToMs, type KeyValueCache, type KeyValueCacheSetOptions } from './key-value-cache';

export interface MemoryCacheOptions {
  /** Bound on entries, so a flood of distinct keys cannot grow the heap without limit. */
  maxEntries: number;
  /** Bound on the memory the keys and values take (strings count two bytes a character); absent: entries only. */
  maxBytes?: number;
  /** Default ttl in seconds when `set` gives none; undefined means entries only leave by LRU eviction. */
  defaultTtlSeconds?: number;
}

/** In-process LRU. Used alone when no Redis is configured, and as the front layer of LayeredCache. */
export class MemoryCache implements KeyValueCache {
  private readonly lru: LRUCache<string, string>;

  constructor(private readonly options: MemoryCacheOptions) {
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${options.maxEntries}`);
    }
    this.lru = new LRUCache<string, string>({
      max: options.maxEntries,
      ...(options.maxBytes !== undefined && {
        maxSize: options.maxBytes,
        sizeCalculation: (value: string, key: string) => 2 * (value.length + key.length) + 64,
      }),
      // ttlAutopurge off: expired entries are dropped lazily on read, which avoids one timer per entry.
      ttlAutopurge: false,
      allowStale: false,
    });
  }

  async get(key: string): Promise<string | undefined> {
    return this.lru.get(key);
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = ttlToMs(options?.ttl ?? this.options.defaultTtlSeconds);
    this.lru.set(key, value, ttl === undefined ? undefined : { ttl });
  }

  async delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  /** Entries currently held (expired ones may still count until read). */
  get size(): number {
    return this.lru.size;
  }

  clear(): void {
    this.lru.clear();
  }
}
