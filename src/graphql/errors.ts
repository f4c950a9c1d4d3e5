import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthFailure } from '../services/auth.service';
import { DomainFailure, InputFailure } from '../services/domain-failure';
import { IngestFileFailure } from '../services/ingest.service';
import { isServiceUnavailable } from './service-unavailable';

/** A typed client error that is not a domain code (a bad cursor, a bad argument range). */
export const badInput = (code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/**
 * Translates errors once, at the edge: domain failures keep their code, input and suggestions;
 * anything unexpected is logged and masked, so no stack trace or internal message leaves the server.
 */
export function createFormatError(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainFailure) {
      const e = original.error;
      return {
        message: e.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: e.code, field: e.field ?? null, input: e.input.slice(0, 200), suggestions: e.suggestions ?? [] },
      };
    }
    if (original instanceof InputFailure) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, field: original.field, input: original.input.slice(0, 200), suggestions: [] } };
    }
    if (original instanceof AuthFailure) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
    }
    if (original instanceof IngestFileFailure) {
      const { id, kind, message, problems } = original.report;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.code, runId: id, kind, reason: message, line: problems[0]?.line ?? 0 } };
    }
    if (isServiceUnavailable(original)) {
      // Expected during a database restart or outage: typed, retryable, and not logged as a bug.
      return { message: 'The catalog database is unavailable; retry shortly.', locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      logger.error({ err: original }, 'unexpected error in a GraphQL request');
      return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
