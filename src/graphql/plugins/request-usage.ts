/** One client's budget after this request, as the `x-ratelimit-*` headers and `rateLimit` query show it. */
export interface RateLimitStatus {
  /** Points this request cost. */
  readonly cost: number;
  readonly limit: number;
  readonly remaining: number;
  readonly used: number;
  readonly resetAt: Date;
  /** What the budget covers; GitHub's `x-ratelimit-resource`. */
  readonly resource: string;
}

export interface RequestUsage {
  cost?: number;
  rateLimit?: RateLimitStatus;
}

/** A charge made before Apollo ran (a replayed answer's client over budget), for the admission plugin to report. */
export interface RateLimitCharge {
  readonly allowed: boolean;
  readonly status: RateLimitStatus;
}

/** The port the admission plugin charges; http/rate-limiter.ts implements it with rate-limiter-flexible. */
export interface ClientRateLimiter {
  readonly limit: number;
  /** Never rejects: a store failure falls back (see http/rate-limiter.ts). */
  consume(client: string, points: number): Promise<RateLimitCharge>;
}

/**
 * Per-operation facts the plugins learn (cost, rate-limit state), keyed by the operation's context
 * object, so the rateLimit resolver can read them without widening the Context type. Apollo gives
 * every operation, including each of a batch, its own context object.
 */
const usageByContext = new WeakMap<object, RequestUsage>();

export function requestUsage(context: object): RequestUsage {
  let usage = usageByContext.get(context);
  if (!usage) {
    usage = {};
    usageByContext.set(context, usage);
  }
  return usage;
}
