import type { Cluster, Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ClientRateLimiter, RateLimitStatus } from '../graphql/plugins/request-usage';
import { rateLimitedRequests } from '../observability/metrics';

export interface RateLimiterOptions {
  readonly points: number;
  readonly windowSeconds: number;
  /** Shared budget across replicas; absent: this process's memory only. */
  readonly redis?: Redis | Cluster;
  readonly keyPrefix?: string;
  readonly logger: { warn(obj: object, msg?: string): void };
}

const RESOURCE = 'graphql';

/**
 * GitHub-style points per client per window with rate-limiter-flexible. With Redis the budget is
 * shared by every replica; when Redis is down (not ready, or a command fails) the insurance limiter,
 * the same budget in this process's memory, takes over, so a Redis outage neither takes the API down
 * nor switches limiting off (each replica then enforces the budget on its own). Should even the
 * insurance limiter fail, the request is let through (fail open) with one log line.
 */
export function createRateLimiter(options: RateLimiterOptions): ClientRateLimiter {
  const base = { points: options.points, duration: options.windowSeconds, keyPrefix: `${options.keyPrefix ?? ''}ratelimit` };
  const memory = new RateLimiterMemory(base);
  const limiter: RateLimiterAbstract = options.redis
    ? new RateLimiterRedis({ ...base, storeClient: options.redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory;
  let failOpenLogged = false;

  const status = (res: RateLimiterRes, cost: number): RateLimitStatus => ({
    cost,
    limit: options.points,
    remaining: Math.max(0, res.remainingPoints),
    used: Math.min(options.points, res.consumedPoints),
    resetAt: new Date(Date.now() + Math.max(0, res.msBeforeNext)),
    resource: RESOURCE,
  });

  return {
    limit: options.points,
    async consume(client, points) {
      try {
        const res = await limiter.consume(client, points);
        failOpenLogged = false;
        return { allowed: true, status: status(res, points) };
      } catch (err) {
        if (err instanceof RateLimiterRes) {
          rateLimitedRequests.inc();
          return { allowed: false, status: status(err, points) };
        }
        if (!failOpenLogged) options.logger.warn({ err: (err as Error)?.message }, 'rate limiter failed; letting requests through until it recovers');
        failOpenLogged = true;
        const now: RateLimitStatus = { cost: points, limit: options.points, remaining: options.points, used: 0, resetAt: new Date(Date.now() + options.windowSeconds * 1000), resource: RESOURCE };
        return { allowed: true, status: now };
      }
    },
  };
}
