import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { KeyValueCache } from '../cache/key-value-cache';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config/config';
import { createContext, type Context, type SharedServices } from '../graphql/context';
import type { ClientRateLimiter } from '../graphql/plugins/request-usage';
import { createApolloServer } from './apollo-server';
import { AnswerCache } from './answer-cache';
import { answerClientErrors } from './client-errors';
import { mountOperationsRoutes } from './health';
import { graphQLRoute, isGraphQLPath } from './graphql-route';
import { bodyErrors, sendHttpError } from './http-errors';
import type { ReadinessProbes } from './readiness';
import { requestLogging } from './request-logging';
import { createShutdown, type ShutdownState } from './shutdown';

export interface HttpServerOptions {
  readonly schema: GraphQLSchema;
  readonly shared: SharedServices;
  readonly logger: Logger;
  /** Limits, HTTP and production settings; absent: the documented defaults (loadConfig({})). */
  readonly config?: Pick<Config, 'nodeEnv' | 'graphql' | 'http'>;
  /** Absent: no rate limiting (main.ts passes one unless RATE_LIMIT_POINTS=0). */
  readonly rateLimiter?: ClientRateLimiter;
  /** Where persisted queries (APQ) are kept; absent: Apollo's in-memory default. */
  readonly persistedQueryCache?: KeyValueCache;
  /** The catalog and rules versions; absent: no ETags on GET answers. */
  readonly versions?: () => Promise<string>;
  /** Absent: /readyz reports only the shutdown state. */
  readonly readiness?: ReadinessProbes;
}

export interface HttpService {
  readonly server: http.Server;
  readonly apollo: ApolloServer<Context>;
  readonly state: ShutdownState;
  /** Probes to 503, SHUTDOWN_DELAY_MS, then drain in-flight requests and close (http/shutdown.ts). */
  shutdown(): Promise<void>;
}

/**
 * Apollo Server on Express: GraphQL at /graphql (GET for queries, POST for everything; CSRF
 * prevention on), probes and metrics beside it. Order matters: the request id and log line come
 * first, the body limit and batch bound before Apollo, GraphQL-shaped errors last.
 */
export async function createHttpService(options: HttpServerOptions): Promise<HttpService> {
  const config = options.config ?? loadConfig({});
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag nobody asked for: GraphQL answers set their own caching headers.
  app.set('etag', false);
  app.set('trust proxy', config.http.trustProxy);
  // /graphql goes straight to its own route (graphql-route.ts); everything else through Express.
  let graphql: ReturnType<typeof graphQLRoute<Context>> | undefined;
  const server = http.createServer((req, res) => (graphql && isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));
  // Slow clients must not hold sockets open forever (slowloris): headers in 10 s, the rest soon after the execution deadline.
  server.headersTimeout = 10_000;
  server.requestTimeout = config.graphql.timeoutMs + 10_000;
  answerClientErrors(server);

  const versions = options.versions;
  const apollo = createApolloServer({
    schema: options.schema,
    logger: options.logger,
    config,
    httpServer: server,
    rateLimiter: options.rateLimiter,
    persistedQueryCache: options.persistedQueryCache,
    versions,
  });
  await apollo.start();
  const shutdown = createShutdown(apollo, { delayMs: config.http.shutdownDelayMs });

  const logging = requestLogging(options.logger);
  app.use(logging);
  mountOperationsRoutes(app, shutdown, options.readiness);
  graphql = graphQLRoute<Context>({
    apollo,
    logging,
    bodyLimitBytes: config.http.bodyLimitBytes,
    ingestBodyLimitBytes: config.http.ingestBodyLimitBytes,
    hasValidToken: async (authorization) => {
      const auth = options.shared.ingestion?.auth;
      return auth ? auth.authenticate(authorization).then(() => true, () => false) : false;
    },
    maxBatch: config.graphql.maxBatch,
    versions,
    answers: versions && config.http.answerCacheBytes > 0 ? new AnswerCache(config.http.answerCacheBytes) : undefined,
    rateLimiter: options.rateLimiter,
    trustProxy: app.get('trust proxy fn'),
    requestInfo: (context) => context.request,
    context: async (req, clientIp) =>
      createContext(options.shared, {
        authorization: req.headers.authorization,
        bearerVerified: req.bearerVerified === true,
        requestId: String((req as { id?: unknown }).id),
        clientIp,
        rateLimitCharge: req.rateLimitCharge,
      }),
  });
  app.use((req, res) => sendHttpError(req, res, 404, `Nothing at ${req.path}; GraphQL is at /graphql.`, { code: 'NOT_FOUND' }));
  app.use(bodyErrors(config.http.bodyLimitBytes));
  return { server, apollo, state: shutdown, shutdown: () => shutdown.run() };
}
