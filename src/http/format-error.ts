import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createFormatError } from '../graphql/errors';
import { LIMIT_EXCEEDED } from '../graphql/limits/limit-error';
import { graphqlErrors } from '../observability/metrics';
import { currentRequestId } from './request-scope';

// graphql-js 16 spells it "more that"; accept the fix too.
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;

/**
 * The error formatter Apollo gets: graphql/errors.ts translates and masks; this adds what only the
 * HTTP edge knows. Every error gets `extensions.requestId` (the x-request-id header's value), and
 * every limit error the code LIMIT_EXCEEDED with `extensions.limit`, including validation-rule ones
 * (Apollo re-codes those GRAPHQL_VALIDATION_FAILED) and graphql-js's parse-time token limit.
 * Errors are counted here by final code (graphql_errors_total): every error sent passes through.
 */
export function createEdgeFormatError(logger: Logger) {
  const errorLogger = { error: (obj: object, msg: string) => logger.error({ ...obj, requestId: currentRequestId() }, msg) };
  const base = createFormatError(errorLogger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let out = base(formatted, error);
    const extensions: Record<string, unknown> = { ...out.extensions };
    const tokens = TOKEN_LIMIT.exec(out.message);
    if (tokens && extensions.code === 'GRAPHQL_PARSE_FAILED') {
      extensions.code = LIMIT_EXCEEDED;
      extensions.limit = { name: 'tokens', max: Number(tokens[1]) };
      out = { ...out, message: `The document has more than ${tokens[1]} tokens, the limit; send a smaller query.` };
    } else if (extensions.limit && typeof extensions.limit === 'object' && extensions.code === 'GRAPHQL_VALIDATION_FAILED') {
      extensions.code = LIMIT_EXCEEDED;
    }
    const requestId = currentRequestId();
    if (requestId) extensions.requestId = requestId;
    graphqlErrors.inc({ code: String(extensions.code ?? 'UNKNOWN') });
    return { ...out, extensions };
  };
}
