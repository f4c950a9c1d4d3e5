import http from 'node:http';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type Context, type SharedServices } from '../graphql/context';
import { createFormatError } from '../graphql/errors';

export interface HttpServerOptions {
  readonly schema: GraphQLSchema;
  readonly shared: SharedServices;
  readonly logger: Logger;
  readonly introspection?: boolean;
  /** Largest request body accepted, e.g. "100kb". */
  readonly bodyLimit?: string;
}

export interface HttpService {
  readonly server: http.Server;
  readonly apollo: ApolloServer<Context>;
}

/** A body that is not JSON (or too large) gets a GraphQL-shaped 400, not Express's HTML page with a stack. */
const bodyErrors: ErrorRequestHandler = (err, _req, res, _next) => {
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 400;
  const message = status === 413 ? 'Request body too large.' : 'Request body is not valid JSON.';
  res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
};

/** Apollo Server on Express: GraphQL at /graphql, liveness at /healthz. */
export async function createHttpService(options: HttpServerOptions): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apolloOptions: ApolloServerOptions<Context> = {
    schema: options.schema,
    logger: options.logger,
    formatError: createFormatError(options.logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  };
  const apollo = new ApolloServer<Context>(apolloOptions);
  await apollo.start();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '100kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(options.shared, { authorization: req.headers.authorization }) }),
  );
  app.use(bodyErrors);
  return { server, apollo };
}
