import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import type { HttpLogger } from 'pino-http';
import proxyaddr from 'proxy-addr';
import type { ClientRateLimiter } from '../graphql/plugins/request-usage';
import { cacheRequests, graphqlErrors } from '../observability/metrics';
import { answerKey, keepSmallRawBody, type AnswerCache } from './answer-cache';
import { keepAnswer, replayAnswer, type ReplayableRequest } from './answer-replay';
import { READ_CACHE_CONTROL, readETag } from '../graphql/plugins/http-caching.plugin';
import { BODY_ERRORS, batchRejection } from './http-errors';
import { runInRequestScope } from './request-scope';

/** `/graphql`, with or without a query string: the only path this route answers. */
export const isGraphQLPath = (url: string | undefined): boolean =>
  url !== undefined && (url === '/graphql' || url.startsWith('/graphql?') || url === '/graphql/' || url.startsWith('/graphql/?'));

type RawRequest = ReplayableRequest & { id?: unknown };

export interface GraphQLRouteOptions<C extends BaseContext> {
  readonly apollo: ApolloServer<C>;
  readonly logging: HttpLogger;
  readonly bodyLimitBytes: number;
  /** The larger limit for requests whose bearer token `hasValidToken` accepts. */
  readonly ingestBodyLimitBytes: number;
  readonly hasValidToken: (authorization: string) => Promise<boolean>;
  readonly maxBatch: number;
  /** The catalog and rules versions: a GET whose If-None-Match still matches gets a 304 unexecuted. */
  readonly versions?: () => Promise<string>;
  /** Answers to repeated catalog reads (needs versions); absent: every request runs through Apollo. */
  readonly answers?: AnswerCache;
  /** Charges replayed answers; Apollo's admission plugin charges the rest. */
  readonly rateLimiter?: ClientRateLimiter;
  /** Express's compiled `trust proxy` function, so client addresses match the rest of the app. */
  readonly trustProxy: (addr: string, i: number) => boolean;
  /** `req.bearerVerified` tells whether its bearer token was checked and valid. */
  readonly context: (req: ReplayableRequest, clientIp: string) => Promise<C>;
  /** The part of a context Apollo's per-operation copies share (the caching plugin marks catalog reads on it). */
  readonly requestInfo: (context: C) => object;
}

/**
 * The GraphQL endpoint on Node's http, beside Express. Profiling the Express path put about a third
 * of each request in Express's router and `res.send`; this route keeps what matters from that chain
 * (the request log line and id, body-parser's limits and decoding, the batch bound, the request
 * scope) and writes Apollo's answer itself, as @as-integrations/express5 does.
 */
export function graphQLRoute<C extends BaseContext>(options: GraphQLRouteOptions<C>) {
  const small = bodyParser.json({ limit: options.bodyLimitBytes, ...(options.answers && { verify: keepSmallRawBody }) });
  const large = bodyParser.json({ limit: options.ingestBodyLimitBytes });
  // The token is checked before a byte of a large body is read, so only holders of a valid token can send one.
  const parserFor = async (req: RawRequest) => {
    req.bearerVerified = Boolean(req.headers.authorization) && (await options.hasValidToken(req.headers.authorization!).catch(() => false));
    return req.bearerVerified ? large : small;
  };
  return (req: RawRequest, res: ServerResponse): void => {
    options.logging(req, res);
    void parserFor(req).then((json) => json(req, res, (err?: { type?: string; status?: number }) => {
      if (err) return bodyError(json === large ? options.ingestBodyLimitBytes : options.bodyLimitBytes, req, res, err);
      const batch = batchRejection(options.maxBatch, req.body);
      if (batch) return writeError(req, res, 400, batch.message, batch.extensions);
      answer(options, req, res).catch((e: unknown) => {
        req.log?.error({ err: e }, 'unexpected error answering a GraphQL request');
        if (!res.headersSent) writeError(req, res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
        else res.destroy();
      });
    }));
  };
}

/** A 304, a replayed answer, or Apollo's; only Apollo's needs the request scope (its error formatter reads the id). */
async function answer<C extends BaseContext>(options: GraphQLRouteOptions<C>, req: RawRequest, res: ServerResponse): Promise<void> {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  const search = at >= 0 ? url.slice(at) : '';
  const ifNoneMatch = req.headers['if-none-match'];
  if (req.method === 'GET' && ifNoneMatch && options.versions) {
    const tag = readETag(await options.versions(), search);
    if (ifNoneMatch.split(',').some((t) => t.trim() === tag)) {
      res.writeHead(304, { etag: tag, 'cache-control': READ_CACHE_CONTROL });
      res.end();
      return;
    }
  }
  const clientIp = proxyaddr(req, options.trustProxy);
  const key = await keyOfAnswer(options, req);
  if (key !== undefined) {
    const stored = options.answers!.get(key);
    cacheRequests.inc({ layer: 'answer', result: stored ? 'hit' : 'miss' });
    if (stored && (await replayAnswer(stored, req, res, clientIp, options.rateLimiter))) return;
  }
  await runInRequestScope(String(req.id ?? ''), () => execute(options, req, res, { clientIp, search, key }));
}

async function execute<C extends BaseContext>(
  options: GraphQLRouteOptions<C>,
  req: RawRequest,
  res: ServerResponse,
  { clientIp, search, key }: { clientIp: string; search: string; key: string | undefined },
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  let context: C | undefined;
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body: req.body },
    context: async () => (context = await options.context(req, clientIp)),
  });
  if (key !== undefined && context) keepAnswer(options.answers!, key, response, options.requestInfo(context));
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Undefined when there is no answer cache, the request's answer is not replayable, or the versions cannot be read (Apollo then reports the outage). */
async function keyOfAnswer<C extends BaseContext>(options: GraphQLRouteOptions<C>, req: RawRequest): Promise<string | undefined> {
  if (!options.answers || !options.versions || req.rawBody === undefined) return undefined;
  const versions = await options.versions().catch(() => undefined);
  return versions === undefined ? undefined : answerKey(req, versions);
}

function bodyError(limitBytes: number, req: RawRequest, res: ServerResponse, err: { type?: string; status?: number }): void {
  const known = BODY_ERRORS[err.type ?? ''];
  if (known) {
    const [status, code, message] = known;
    return writeError(req, res, status, message, { code, ...(status === 413 ? { limit: { name: 'bodyBytes', max: limitBytes } } : {}) });
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) return writeError(req, res, 400, 'Request body is not valid JSON.', { code: 'BAD_REQUEST' });
  req.log?.error({ err }, 'unexpected error reading a request body');
  writeError(req, res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
}

/** The same GraphQL-shaped error as http-errors.ts sends through Express. */
function writeError(req: RawRequest, res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  graphqlErrors.inc({ code: String(extensions.code) });
  const body = JSON.stringify({ errors: [{ message, extensions: { ...extensions, requestId: req.id } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
