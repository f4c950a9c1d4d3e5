import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics. Module-level on purpose: a counter is a
 * process-wide fact, and any layer (ingestion, caches, plugins) can increment one by importing it
 * here without being handed a registry. Label values are bounded sets, never raw client input.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const operationDuration = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'GraphQL operations from request start to response, by operation name, type and outcome.',
  labelNames: ['operation', 'type', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors sent to clients, by extensions.code (including HTTP-level ones such as PAYLOAD_TOO_LARGE).',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const cacheRequests = new Counter({
  name: 'cache_requests_total',
  help: 'Cache reads by layer (answer, process, memory, redis) and result (hit, miss, error).',
  labelNames: ['layer', 'result'] as const,
  registers: [metricsRegistry],
});

export const rateLimitedRequests = new Counter({
  name: 'rate_limited_requests_total',
  help: 'Operations refused with RATE_LIMITED.',
  registers: [metricsRegistry],
});

/** For the ingestion jobs: `ingestionRows.inc({ kind: 'tags' }, rows.length)` after a committed batch. */
export const ingestionRows = new Counter({
  name: 'ingestion_rows_total',
  help: 'Rows written by ingestion, by kind (updates, releases, tags, nodes).',
  labelNames: ['kind'] as const,
  registers: [metricsRegistry],
});

/** The cache meter handed to MeteredCache. */
export const cacheMeter = {
  count: (layer: string, result: 'hit' | 'miss' | 'error'): void => cacheRequests.inc({ layer, result }),
};

const MAX_OPERATION_NAMES = 200;
const seenOperationNames = new Set<string>();

/**
 * Operation names come from clients, so they are a label only while the set stays small and the
 * name looks like a GraphQL name; everything past that is counted as "other".
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (seenOperationNames.has(name)) return name;
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name) || seenOperationNames.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperationNames.add(name);
  return name;
}
