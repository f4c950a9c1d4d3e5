import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { operationLabel } from '../../observability/metrics';
import type { Context } from '../context';
import { requestUsage } from './request-usage';

/** Root fields whose answers depend only on the catalog and the rules (not on the caller, nodes or runs). */
const CATALOG_FIELDS = new Set(['canRun', 'windowsVersion', 'resolveImage', 'imagesForHost', 'hostsForImage', 'compatibilityMatrix', 'releases', 'release', 'update', '__typename']);

export const READ_CACHE_CONTROL = 'public, max-age=60';

/**
 * The validator of a GET answer: the catalog and rules versions it was computed from, and the
 * request's query string (query, variables, operation name, persisted-query hash). It changes
 * exactly when the answer could, so a proxy or CDN may keep it and revalidate with If-None-Match.
 */
export function readETag(versions: string, search: string): string {
  return `W/"${versions}.${createHash('sha256').update(search).digest('base64url').slice(0, 22)}"`;
}

/** An operation whose answer depends only on the catalog and the rules, and what it cost. */
export interface CatalogRead {
  /** Its metrics label (operationLabel). */
  readonly operation: string;
  readonly cost: number;
}

/**
 * Keyed by the request info rather than the context: Apollo runs each operation on a shallow copy
 * of the context the HTTP layer built, and the request info is what the copies share.
 */
const catalogReads = new WeakMap<object, CatalogRead>();

/** The catalog read this request turned out to be, once Apollo has answered it successfully. */
export const catalogReadOf = (request: object): CatalogRead | undefined => catalogReads.get(request);

const cacheable = (operation: OperationDefinitionNode | undefined): boolean =>
  operation?.operation === 'query' &&
  operation.selectionSet.selections.every((s) => s.kind === 'Field' && CATALOG_FIELDS.has(s.name.value));

/**
 * HTTP caching for reads. An operation over catalog fields that succeeded is marked in its request
 * request, so the GraphQL route may keep its answer (http/answer-cache.ts); a GET one also gets an
 * ETag and Cache-Control, and the route answers a matching If-None-Match with 304 before executing.
 */
export function httpCachingPlugin(versions: () => Promise<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ operation, operationName, response, contextValue }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || (response.http.status ?? 200) !== 200 || !cacheable(operation)) return;
          catalogReads.set(contextValue.request, { operation: operationLabel(operationName), cost: requestUsage(contextValue).cost ?? 1 });
          if (request.http?.method !== 'GET') return;
          response.http.headers.set('etag', readETag(await versions(), request.http.search));
          response.http.headers.set('cache-control', READ_CACHE_CONTROL);
        },
      };
    },
  };
}
