/**
 * The cache port. Same shape as Apollo's `KeyValueCache` (@apollo/utils.keyvaluecache), so any
 * Apollo-compatible cache can be plugged in and ours can be handed to Apollo (e.g. for APQ).
 * Services depend on this interface only, never on ioredis or lru-cache.
 */
export interface KeyValueCacheSetOptions {
  /** Time to live in seconds. Absent or null: the implementation's default (or no expiry). */
  ttl?: number | null;
}

export interface KeyValueCache<V = string> {
  get(key: string): Promise<V | undefined>;
  set(key: string, value: V, options?: KeyValueCacheSetOptions): Promise<void>;
  /** Resolves to whether something was removed, when the backend knows; callers must not rely on it. */
  delete(key: string): Promise<boolean | void>;
}

/** The smallest logger the cache wrappers need; pino and console both fit. */
export interface CacheLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** Converts a ttl in seconds into whole milliseconds; undefined for "no ttl given". */
export function ttlToMs(ttl: number | null | undefined): number | undefined {
  if (ttl === undefined || ttl === null) return undefined;
  if (!Number.isFinite(ttl) || ttl <= 0) throw new RangeError(`cache ttl must be a positive number of seconds, got ${ttl}`);
  return Math.ceil(ttl * 1000);
}
