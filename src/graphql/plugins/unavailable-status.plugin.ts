import type { ApolloServerPlugin } from '@apollo/server';

const UNAVAILABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT']);

/**
 * A dependency outage is the server's fault, not the client's: when an operation produced no data
 * because the database was unreachable (or time ran out), answer 503 with Retry-After so clients
 * and load balancers back off and retry. Partial data keeps the spec's 200.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data != null || !errors?.some((e) => UNAVAILABLE_CODES.has(String(e.extensions?.code)))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}
