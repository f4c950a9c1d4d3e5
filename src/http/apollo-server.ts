import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import type { Context } from '../graphql/context';
import { armorValidationRules } from '../graphql/limits/armor-rules';
import { inputSizeRule } from '../graphql/limits/input-size';
import { knownOperationTypesRule } from '../graphql/limits/known-operation-types';
import { admissionPlugin } from '../graphql/plugins/admission.plugin';
import { executionTimeoutPlugin, raceRootFieldsWithDeadline } from '../graphql/plugins/execution-timeout.plugin';
import { httpCachingPlugin } from '../graphql/plugins/http-caching.plugin';
import { metricsPlugin } from '../graphql/plugins/metrics.plugin';
import type { KeyValueCache } from '../cache/key-value-cache';
import type { ClientRateLimiter } from '../graphql/plugins/request-usage';
import { unavailableStatusPlugin } from '../graphql/plugins/unavailable-status.plugin';
import { createEdgeFormatError } from './format-error';

export interface ApolloServerInput {
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  readonly config: Pick<Config, 'nodeEnv' | 'graphql' | 'http'>;
  readonly httpServer: http.Server;
  readonly rateLimiter?: ClientRateLimiter;
  /** Persisted queries (APQ) live here, shared by every instance when it is Redis-backed. */
  readonly persistedQueryCache?: KeyValueCache;
  /** The catalog and rules versions, for ETags of GET answers. */
  readonly versions?: () => Promise<string>;
}

/**
 * Apollo Server with every request limit (docs/operations.md lists them):
 * - parse: graphql-js maxTokens (a 400, where armor's maxTokens plugin gives a 500);
 * - validation: operation types the schema has, armor depth/aliases/directives/structural cost,
 *   literal string and list sizes;
 * - didResolveOperation: variable sizes, query cost, rate limit (admission.plugin.ts);
 * - execution: the REQUEST_TIMEOUT_MS deadline raced by root fields.
 * Production hides "Did you mean" schema hints; stack traces are never sent; introspection follows config.
 */
/**
 * Parsed and validated documents, by query text. Apollo's default keeps 30 MiB measured as JSON,
 * which a heap snapshot showed to be ~130 MB of real heap once clients send many distinct texts
 * (literals instead of variables). Repeated documents are what this cache is for, and a few
 * thousand of them fit in 4 MiB.
 */
const DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024;

export function createApolloServer(input: ApolloServerInput): ApolloServer<Context> {
  const { config } = input;
  const limits = config.graphql;
  return new ApolloServer<Context>({
    schema: raceRootFieldsWithDeadline(input.schema),
    logger: input.logger,
    formatError: createEdgeFormatError(input.logger),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM (probes to 503, delay, drain); Apollo's own handler would stop it early and re-raise the signal.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    introspection: limits.introspection,
    allowBatchedHttpRequests: limits.maxBatch > 0,
    parseOptions: { maxTokens: limits.maxTokens },
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_BYTES }),
    ...(input.persistedQueryCache && { persistedQueries: { cache: input.persistedQueryCache, ttl: 900 } }),
    validationRules: [knownOperationTypesRule, ...armorValidationRules(limits), inputSizeRule(limits)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: input.httpServer, stopGracePeriodMillis: config.http.shutdownTimeoutMs }),
      executionTimeoutPlugin(limits.timeoutMs),
      admissionPlugin({ ...limits, rateLimiter: input.rateLimiter }),
      unavailableStatusPlugin(),
      metricsPlugin(),
      ...(input.versions ? [httpCachingPlugin(input.versions)] : []),
    ],
  });
}
