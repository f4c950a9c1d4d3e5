import { GraphQLError } from 'graphql';

/** The limits a request can exceed; `extensions.limit.name` in the error says which. */
export type LimitName =
  | 'depth'
  | 'aliases'
  | 'directives'
  | 'tokens'
  | 'structuralCost'
  | 'cost'
  | 'pageSize'
  | 'stringLength'
  | 'listLength'
  | 'batch'
  | 'bodyBytes'
  | 'headerBytes'
  | 'timeoutMs';

export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

export interface LimitReport {
  readonly name: LimitName;
  readonly max: number;
  readonly found?: number;
}

/**
 * A request over a limit: HTTP 400, code LIMIT_EXCEEDED, and the limit itself in
 * `extensions.limit`, so a client can adjust without guessing. Errors raised during validation are
 * re-coded by Apollo; the edge formatter (http/format-error.ts) restores LIMIT_EXCEEDED from `limit`.
 */
export function limitError(message: string, limit: LimitReport, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: LIMIT_EXCEEDED, limit, ...extra, http: { status: 400 } },
  });
}
