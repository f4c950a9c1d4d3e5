/**
 * The load generator, a process of its own (pinned to another core by the runner). Sends one
 * GraphQL body, or a template whose __N__ is replaced by a counter so every request is distinct
 * (a cold cache). Prints one JSON line: req/s, latency percentiles, failures, the last N used.
 * An answer carrying GraphQL errors counts as a failure: a benchmark of error answers measures nothing.
 */
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** First value of __N__. */
  start?: number;
}

const spec = JSON.parse(process.argv[2]) as LoadSpec;
let n = (spec.start ?? 1) - 1;
const distinct = spec.body.includes('__N__');

const instance = autocannon({
  url: spec.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...spec.headers },
  connections: spec.connections,
  duration: spec.seconds,
  verifyBody: (body: string) => !body.includes('"errors"'),
  requests: [
    {
      setupRequest: (req: Record<string, unknown>) => ({ ...req, body: distinct ? spec.body.replaceAll('__N__', String(++n)) : spec.body }),
    },
  ],
});

instance.on('done', (r: { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; mismatches: number; non2xx: number }) => {
  console.log(
    JSON.stringify({
      rps: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      requests: r.requests.total,
      errors: r.errors + r.timeouts + r.mismatches,
      non2xx: r.non2xx,
      lastN: n,
    }),
  );
});
