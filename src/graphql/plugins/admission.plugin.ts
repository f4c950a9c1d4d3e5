import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { clientKey } from '../limits/client-key';
import { checkVariableSizes, type InputSizeLimits } from '../limits/input-size';
import { limitError } from '../limits/limit-error';
import { queryCost } from '../limits/query-cost';
import { requestUsage, type ClientRateLimiter, type RateLimitStatus } from './request-usage';

export interface AdmissionOptions extends InputSizeLimits {
  readonly maxCost: number;
  /** Absent: no rate limiting (RATE_LIMIT_POINTS=0). */
  readonly rateLimiter?: ClientRateLimiter;
}

/** GitHub's header names; `reset` is in epoch seconds. */
export function rateLimitHeaders(s: RateLimitStatus): [string, string][] {
  return [
    ['x-ratelimit-limit', String(s.limit)],
    ['x-ratelimit-remaining', String(s.remaining)],
    ['x-ratelimit-used', String(s.used)],
    ['x-ratelimit-reset', String(Math.ceil(s.resetAt.getTime() / 1000))],
    ['x-ratelimit-resource', s.resource],
  ];
}

/**
 * Admits a resolved operation, in order: variable sizes, cost (400 over GRAPHQL_MAX_COST), then the
 * client's rate-limit budget charged with that cost (429 RATE_LIMITED when spent). One plugin, not
 * three, because Apollo runs didResolveOperation hooks concurrently and these steps depend on each other.
 */
export function admissionPlugin(options: AdmissionOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue, response, operation }) {
          checkVariableSizes(request.variables, options, operation?.operation === 'mutation');
          const cost = queryCost({ schema, document, operationName, variables: request.variables });
          const usage = requestUsage(contextValue);
          usage.cost = cost;
          if (cost > options.maxCost) {
            throw limitError(`Query cost ${cost} exceeds the limit of ${options.maxCost}; ask for smaller pages (first/last) or fewer fields.`, {
              name: 'cost',
              max: options.maxCost,
              found: cost,
            });
          }
          if (!options.rateLimiter) return;
          const { allowed, status } = contextValue.request.rateLimitCharge ?? (await options.rateLimiter.consume(clientKey(contextValue.request), Math.max(1, cost)));
          usage.rateLimit = status;
          const headers = rateLimitHeaders(status);
          for (const [name, value] of headers) response.http.headers.set(name, value);
          if (!allowed) {
            const retryAfter = Math.max(1, Math.ceil((status.resetAt.getTime() - Date.now()) / 1000));
            throw new GraphQLError(`Rate limit of ${status.limit} points per window exceeded; this query costs ${cost}. Try again after ${status.resetAt.toISOString()}.`, {
              extensions: {
                code: 'RATE_LIMITED',
                rateLimit: { ...status, resetAt: status.resetAt.toISOString() },
                http: { status: 429, headers: new Map([...headers, ['retry-after', String(retryAfter)]]) },
              },
            });
          }
        },
      };
    },
  };
}
