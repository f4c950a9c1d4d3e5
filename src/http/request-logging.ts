import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { requestIdFor } from './request-id';

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One JSON line per request with its id, which is also set as the x-request-id response header.
 * Requests are logged through an allow-list serializer: method, path, client address, user agent.
 * Headers are never logged whole, so Authorization tokens and cookies cannot leak into logs.
 * Probes and scrapes are not logged (they arrive every few seconds and say nothing).
 */
export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string; remoteAddress?: string; headers?: Record<string, unknown> }) => ({
        id: req.id,
        method: req.method,
        // The path only: a GET's query string holds the whole operation and its variables.
        path: typeof req.url === 'string' ? req.url.split('?')[0]!.slice(0, 256) : undefined,
        remoteAddress: req.remoteAddress,
        userAgent: typeof req.headers?.['user-agent'] === 'string' ? (req.headers['user-agent'] as string).slice(0, 200) : undefined,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // 503 is a dependency outage already logged once where it starts (cache, database), not a bug per request.
    customLogLevel: (_req, res, err) => (err || (res.statusCode >= 500 && res.statusCode !== 503) ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (req) => PROBES.has((req.url ?? '').split('?')[0]!) },
  });
}
