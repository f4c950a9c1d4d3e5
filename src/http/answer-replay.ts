import type { ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import { clientKey } from '../graphql/limits/client-key';
import { rateLimitHeaders } from '../graphql/plugins/admission.plugin';
import { catalogReadOf } from '../graphql/plugins/http-caching.plugin';
import type { ClientRateLimiter, RateLimitCharge } from '../graphql/plugins/request-usage';
import { operationDuration } from '../observability/metrics';
import type { AnswerCache, KeyableRequest, StoredAnswer } from './answer-cache';

export type ReplayableRequest = KeyableRequest & { bearerVerified?: boolean; rateLimitCharge?: RateLimitCharge };

/**
 * Writes a stored answer, after charging the client the cost the operation was charged when it ran
 * and timing it like any operation. A client over budget is not answered here: false, with the
 * charge left on the request, so Apollo's admission step reports the 429 exactly as it always does.
 */
export async function replayAnswer(
  stored: StoredAnswer,
  req: ReplayableRequest,
  res: ServerResponse,
  clientIp: string,
  rateLimiter: ClientRateLimiter | undefined,
): Promise<boolean> {
  const stopTimer = operationDuration.startTimer();
  let limitHeaders: [string, string][] = [];
  if (rateLimiter) {
    const client = clientKey({ authorization: req.headers.authorization, bearerVerified: req.bearerVerified === true, clientIp });
    const charge = await rateLimiter.consume(client, Math.max(1, stored.cost));
    if (!charge.allowed) {
      req.rateLimitCharge = charge;
      return false;
    }
    limitHeaders = rateLimitHeaders(charge.status);
  }
  for (const [name, value] of stored.headers) res.setHeader(name, value);
  for (const [name, value] of limitHeaders) res.setHeader(name, value);
  res.statusCode = 200;
  res.setHeader('content-length', Buffer.byteLength(stored.body));
  res.end(stored.body);
  stopTimer({ operation: stored.operation, type: 'query', status: 'ok' });
  return true;
}

/** Keeps Apollo's answer when the caching plugin marked the operation a catalog read that succeeded. */
export function keepAnswer(answers: AnswerCache, key: string, response: HTTPGraphQLResponse, request: object): void {
  const read = catalogReadOf(request);
  if (!read || response.body.kind !== 'complete' || (response.status ?? 200) !== 200) return;
  answers.set(key, {
    headers: [...response.headers].filter(([name]) => !name.startsWith('x-ratelimit-')),
    body: response.body.string,
    cost: read.cost,
    operation: read.operation,
  });
}
