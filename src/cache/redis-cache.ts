import type { Cluster, Redis } from 'ioredis';
import { ttlToMs, type KeyValueCache, type KeyValueCacheSetOptions } from './key-value-cache';

export interface RedisCacheOptions {
  /** Prepended to every key, e.g. 'wincompat:' so one Redis can be shared with other services. */
  prefix?: string;
  /** Default ttl in seconds when `set` gives none; undefined means no expiry. */
  defaultTtlSeconds?: number;
}

/**
 * ioredis adapter for the cache port. The client is passed in (created once in main.ts), so the
 * same adapter works for a single node and for a Cluster, and tests can point it anywhere.
 * It does not swallow errors: wrap it in ErrorsAreMissesCache for that.
 */
export class RedisCache implements KeyValueCache {
  private readonly prefix: string;

  constructor(
    private readonly client: Redis | Cluster,
    private readonly options: RedisCacheOptions = {},
  ) {
    this.prefix = options.prefix ?? '';
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.client.get(this.prefix + key);
    return value ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttlMs = ttlToMs(options?.ttl ?? this.options.defaultTtlSeconds);
    if (ttlMs === undefined) {
      await this.client.set(this.prefix + key, value);
    } else if (ttlMs % 1000 === 0) {
      await this.client.set(this.prefix + key, value, 'EX', ttlMs / 1000);
    } else {
      // Fractional seconds (used by tests and short-lived entries): PX keeps the precision.
      await this.client.set(this.prefix + key, value, 'PX', ttlMs);
    }
  }

  async delete(key: string): Promise<boolean> {
    return (await this.client.del(this.prefix + key)) > 0;
  }
}
