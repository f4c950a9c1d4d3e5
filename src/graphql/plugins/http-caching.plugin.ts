import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';

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

const cacheable = (operation: OperationDefinitionNode | undefined): boolean =>
  operation?.operation === 'query' &&
  operation.selectionSet.selections.every((s) => s.kind === 'Field' && CATALOG_FIELDS.has(s.name.value));

/**
 * HTTP caching for reads: a GET query over catalog fields that succeeded gets an ETag and
 * Cache-Control. The GraphQL route answers a matching If-None-Match with 304 before executing.
 */
export function httpCachingPlugin(versions: () => Promise<string>): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      return {
        async willSendResponse({ operation, response }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || (response.http.status ?? 200) !== 200 || !cacheable(operation)) return;
          response.http.headers.set('etag', readETag(await versions(), request.http!.search));
          response.http.headers.set('cache-control', READ_CACHE_CONTROL);
        },
      };
    },
  };
}
