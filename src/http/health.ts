import type { Express } from 'express';
import { metricsRegistry } from '../observability/metrics';
import { checkReadiness, type ReadinessProbes } from './readiness';
import type { ShutdownState } from './shutdown';

/**
 * Operations endpoints, outside /graphql and its limits:
 * - /healthz: the process is alive and not shutting down (a liveness probe restarts it otherwise);
 * - /readyz: send traffic here (Postgres reachable, migrations current); the JSON says why not;
 * - /metrics: Prometheus text format.
 * Both probes answer 503 from the moment shutdown starts.
 */
export function mountOperationsRoutes(app: Express, state: ShutdownState, probes?: ReadinessProbes): void {
  app.get('/healthz', (_req, res) => {
    res.status(state.shuttingDown ? 503 : 200).json({ status: state.shuttingDown ? 'shutting down' : 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await checkReadiness(probes, state.shuttingDown);
    res.status(report.status === 'ready' ? 200 : 503).json(report);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
