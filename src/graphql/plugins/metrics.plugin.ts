import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlErrors, operationDuration, operationLabel } from '../../observability/metrics';

/**
 * Times each operation from requestDidStart to willSendResponse and counts the errors sent, by
 * their final (formatted) code. Requests that fail before an operation is known (parse errors)
 * are timed under "anonymous" with type "unknown".
 */
export function metricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = operationDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const e of errors) graphqlErrors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
          stopTimer({
            operation: operationLabel(operationName),
            type: operation?.operation ?? 'unknown',
            status: errors.length > 0 ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
