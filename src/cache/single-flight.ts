/**
 * Request coalescing: concurrent callers for the same key share one in-flight computation, so a
 * burst of identical cold queries costs one database round trip instead of N (cache stampede).
 * Only in-flight promises are shared; once settled the entry is dropped, so a failure is never
 * cached and the next caller retries. Caching results is the cache's job, not this one's.
 */
export function singleFlight<T>(
  inFlight: Map<string, Promise<unknown>>,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const existing = inFlight.get(key);
  if (existing) return existing as Promise<T>;
  // Promise.resolve().then: a compute that throws synchronously becomes a rejection too.
  const promise: Promise<T> = Promise.resolve()
    .then(compute)
    .finally(() => {
      // Remove only our own entry, never one a later caller installed.
      if (inFlight.get(key) === promise) inFlight.delete(key);
    });
  inFlight.set(key, promise);
  return promise;
}

export interface SingleFlight {
  <T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Keys currently in flight (for tests and metrics). */
  readonly inFlight: number;
}

/** A coalescer with its own map: create one per service (e.g. one for canRun, one for imagesForHost). */
export function createSingleFlight(): SingleFlight {
  const pending = new Map<string, Promise<unknown>>();
  const run = <T>(key: string, compute: () => Promise<T>): Promise<T> => singleFlight(pending, key, compute);
  return Object.defineProperty(run, 'inFlight', { get: () => pending.size }) as SingleFlight;
}
