import type { ErrorRequestHandler, Request, Response } from 'express';
import { graphqlErrors } from '../observability/metrics';

/** A GraphQL-shaped error from the HTTP layer (before Apollo), with the request id like every other error. */
export function sendHttpError(req: Request, res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  graphqlErrors.inc({ code: String(extensions.code) });
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, requestId: req.id } }] });
}

/** body-parser's error types, each with the answer a client can act on (Express routes and the GraphQL route). */
export const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'Request body too large.'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported content encoding; send identity, gzip, deflate or br.'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported charset; send UTF-8 JSON.'],
};

/**
 * A body that is not JSON, too large or oddly encoded gets a GraphQL-shaped 4xx, not Express's HTML
 * page with a stack. Anything else reaching here is a bug: logged, answered 500 without details.
 */
export function bodyErrors(bodyLimitBytes: number): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    const known = BODY_ERRORS[err?.type as string];
    if (known) {
      const [status, code, message] = known;
      sendHttpError(req, res, status, message, { code, ...(status === 413 ? { limit: { name: 'bodyBytes', max: bodyLimitBytes } } : {}) });
    } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
      sendHttpError(req, res, 400, 'Request body is not valid JSON.', { code: 'BAD_REQUEST' });
    } else {
      req.log?.error({ err }, 'unexpected error in the HTTP layer');
      sendHttpError(req, res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
    }
  };
}

/**
 * Batched requests (a JSON array of operations) are refused or bounded before Apollo sees them
 * (graphql-route.ts): each operation of a batch is then admitted, costed and charged on its own.
 * Null when the body is no batch or an acceptable one.
 */
export function batchRejection(maxBatch: number, body: unknown): { message: string; extensions: Record<string, unknown> } | null {
  if (!Array.isArray(body)) return null;
  const found = body.length;
  if (maxBatch > 0 && found >= 1 && found <= maxBatch) return null;
  const message = maxBatch === 0
    ? 'Batched requests (a JSON array of operations) are not accepted; send one operation per request.'
    : `A batch must hold 1 to ${maxBatch} operations; got ${found}.`;
  return { message, extensions: { code: 'LIMIT_EXCEEDED', limit: { name: 'batch', max: maxBatch, found } } };
}
