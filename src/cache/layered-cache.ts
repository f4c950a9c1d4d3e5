import { ErrorsAreMissesCache } from './errors-are-misses-cache';
import type { CacheLogger, KeyValueCache, KeyValueCacheSetOptions } from './key-value-cache';

export interface LayeredCacheOptions {
  /**
   * Cap, in seconds, on how long a value filled from the shared layer lives in memory. The shared
   * layer's remaining ttl is unknown after a GET, so without a cap a stale entry could outlive it.
   */
  fillTtlSeconds?: number;
}

/**
 * A per-process memory cache in front of the shared one (Redis). Hot keys are answered without a
 * network hop; the shared layer lets replicas reuse each other's work. The memory layer is bounded
 * and short-lived, so replicas disagree for at most `fillTtlSeconds` after a value changes; that is
 * acceptable because keys are versioned (a rule or catalog change produces new keys, not new values).
 */
export class LayeredCache implements KeyValueCache {
  constructor(
    private readonly memory: KeyValueCache,
    private readonly shared: KeyValueCache,
    private readonly options: LayeredCacheOptions = {},
  ) {}

  async get(key: string): Promise<string | undefined> {
    const local = await this.memory.get(key);
    if (local !== undefined) return local;
    const remote = await this.shared.get(key);
    if (remote !== undefined) {
      const ttl = this.options.fillTtlSeconds;
      await this.memory.set(key, remote, ttl === undefined ? undefined : { ttl });
    }
    return remote;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    // Memory first: even if the shared write fails, this process keeps its own result.
    await this.memory.set(key, value, this.memoryOptions(options));
    await this.shared.set(key, value, options);
  }

  async delete(key: string): Promise<boolean> {
    const [a, b] = await Promise.all([this.memory.delete(key), this.shared.delete(key)]);
    return a === true || b === true;
  }

  private memoryOptions(options?: KeyValueCacheSetOptions): KeyValueCacheSetOptions | undefined {
    const cap = this.options.fillTtlSeconds;
    const ttl = options?.ttl ?? undefined;
    if (cap === undefined) return options;
    return { ttl: ttl === undefined ? cap : Math.min(ttl, cap) };
  }
}

export interface CacheStackOptions {
  /** The shared cache (a RedisCache), or undefined when no Redis is configured. */
  shared?: KeyValueCache;
  memory: KeyValueCache;
  logger: CacheLogger;
  /** Deadline for each shared-cache call before it counts as a miss. */
  sharedTimeoutMs?: number;
  fillTtlSeconds?: number;
}

/**
 * The cache the services get: memory only without Redis; otherwise memory in front of Redis, with
 * Redis failures and slowness turned into misses so the service keeps answering from Postgres.
 */
export function createCacheStack(options: CacheStackOptions): KeyValueCache {
  if (!options.shared) return options.memory;
  const shared = new ErrorsAreMissesCache(options.shared, {
    logger: options.logger,
    timeoutMs: options.sharedTimeoutMs,
    name: 'redis',
  });
  return new LayeredCache(options.memory, shared, { fillTtlSeconds: options.fillTtlSeconds });
}
