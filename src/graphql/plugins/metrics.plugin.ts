import type { ApolloServerPlugin } from '@apollo/server';
import { operationDuration, operationLabel } from '../../observability/metrics';

/**
 * Times each operation from requestDidStart to willSendResponse. Requests that fail before an
 * operation is known (parse errors) are timed under "anonymous" with type "unknown". Errors are
 * counted by code in http/format-error.ts, which also sees those raised before any plugin runs.
 */
export function metricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = operationDuration.startTimer();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
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
