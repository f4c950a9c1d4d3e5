import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

interface Deadline {
  /** Rejects with a TIMEOUT error when the request's time is up; never resolves. */
  readonly expired: Promise<never>;
  readonly clear: () => void;
}

const deadlines = new WeakMap<object, Deadline>();
const wrappedSchemas = new WeakSet<GraphQLSchema>();

export const timeoutError = (timeoutMs: number): GraphQLError =>
  new GraphQLError(`The request did not finish within ${timeoutMs} ms and was abandoned; try again, or ask for less.`, {
    extensions: { code: 'TIMEOUT', limit: { name: 'timeoutMs', max: timeoutMs }, http: { status: 503, headers: new Map([['retry-after', '1']]) } },
  });

function startDeadline(timeoutMs: number): Deadline {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
    timer.unref();
  });
  expired.catch(() => undefined); // a request that finished in time never observes it
  return { expired, clear: () => clearTimeout(timer) };
}

/**
 * REQUEST_TIMEOUT_MS for each operation, counted from requestDidStart. Apollo cannot abort
 * execute(), so the deadline is raced by the root fields (see raceRootFieldsWithDeadline): when it
 * passes, every pending root field rejects with TIMEOUT, execution completes at once and the client
 * gets a 503 instead of waiting. The abandoned work (a slow query) still finishes in the background.
 */
export function executionTimeoutPlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      const deadline = startDeadline(timeoutMs);
      deadlines.set(contextValue, deadline);
      return {
        async willSendResponse() {
          deadline.clear();
        },
      };
    },
  };
}

/**
 * Wraps each Query and Mutation field resolver once per schema (idempotent, so many servers can
 * share the process-wide schema). Root fields are where the I/O is; nested fields map values in memory.
 */
export function raceRootFieldsWithDeadline(schema: GraphQLSchema): GraphQLSchema {
  if (wrappedSchemas.has(schema)) return schema;
  wrappedSchemas.add(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        const deadline = deadlines.get(context);
        if (!deadline || !(result instanceof Promise)) return result;
        return Promise.race([result, deadline.expired]);
      };
    }
  }
  return schema;
}
