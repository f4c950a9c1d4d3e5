import type { CacheLogger, KeyValueCache, KeyValueCacheSetOptions } from './key-value-cache';

export interface ErrorsAreMissesOptions {
  logger: CacheLogger;
  /** Longest wait for the backend, per call. A slow cache is worse than none: we fall back to Postgres. */
  timeoutMs?: number;
  /** Name used in log lines, e.g. 'redis'. */
  name?: string;
}

const TIMED_OUT = Symbol('timed-out');

/**
 * Makes the cache optional at run time: a failing or slow backend becomes a miss (get -> undefined)
 * and writes become no-ops, so a Redis outage degrades latency, never correctness or availability.
 * Logs once when the backend starts failing and once when it recovers, not once per request,
 * so an outage under load does not flood the logs.
 */
export class ErrorsAreMissesCache implements KeyValueCache {
  private readonly timeoutMs: number;
  private readonly name: string;
  private failingSince: number | null = null;
  private failuresWhileDown = 0;

  constructor(
    private readonly inner: KeyValueCache,
    private readonly options: ErrorsAreMissesOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 50;
    this.name = options.name ?? 'cache';
  }

  /** False between a failure and the next success; handy for readiness output. */
  get healthy(): boolean {
    return this.failingSince === null;
  }

  async get(key: string): Promise<string | undefined> {
    const result = await this.guard('get', () => this.inner.get(key));
    return result === TIMED_OUT || result === undefined ? undefined : result;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.guard('set', () => this.inner.set(key, value, options));
  }

  async delete(key: string): Promise<boolean | void> {
    const result = await this.guard('delete', () => this.inner.delete(key));
    return result === TIMED_OUT ? undefined : result;
  }

  /** Runs one backend call with a deadline; never rejects. */
  private async guard<T>(op: string, call: () => Promise<T>): Promise<T | typeof TIMED_OUT | undefined> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // call() inside the try: a synchronous throw from the inner cache is a failure too.
      const pending = call();
      // If the deadline wins, the backend's late rejection must still be observed (no unhandled rejection).
      pending.catch(() => undefined);
      const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(resolve, this.timeoutMs, TIMED_OUT);
        timer.unref();
      });
      const result = await Promise.race([pending, deadline]);
      if (result === TIMED_OUT) {
        this.onFailure(op, new Error(`${this.name} ${op} timed out after ${this.timeoutMs} ms`));
      } else {
        this.onSuccess();
      }
      return result;
    } catch (err) {
      this.onFailure(op, err);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private onFailure(op: string, err: unknown): void {
    if (this.failingSince !== null) {
      this.failuresWhileDown += 1;
      return;
    }
    this.failingSince = Date.now();
    this.failuresWhileDown = 1;
    const message = err instanceof Error ? err.message : String(err);
    this.options.logger.warn(
      { cache: this.name, op, err: message },
      `${this.name} failing; treating it as a miss until it recovers`,
    );
  }

  private onSuccess(): void {
    if (this.failingSince === null) return;
    this.options.logger.info(
      { cache: this.name, downForMs: Date.now() - this.failingSince, failures: this.failuresWhileDown },
      `${this.name} recovered`,
    );
    this.failingSince = null;
    this.failuresWhileDown = 0;
  }
}
