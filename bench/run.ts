/**
 * `npm run bench [rounds] [seconds]`: runs every benchmark, prints them, and writes
 * bench/results.md and bench/results.json (report.ts). Needs a Postgres server (DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/test) and Redis (REDIS_URL, default redis://127.0.0.1:6379);
 * every benchmark works in scratch databases and key prefixes it drops. Compiled first (see the
 * npm script), so no TypeScript loader sits on the measured path.
 */
import os from 'node:os';
import { runHttpBench } from './http.bench';
import { runIngestBench } from './ingest.bench';
import { writeResults } from './report';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const seconds = Number(process.argv[3] ?? 5);
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  const log = (s: string) => console.error(s);
  const http = await runHttpBench(rounds, seconds, log);
  const ingest = await runIngestBench(rounds, log);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  writeResults({ date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} × ${cpu}, Node ${process.version}`, rounds, secondsPerRun: seconds, http, ingest });
  console.table(http.map((r) => ({ scenario: r.name, 'req/s': Math.round(r.rps), p50: r.p50, p99: r.p99, 'RSS MB': r.peakRssMb, '× baseline': r.vsBaseline.toFixed(2), '× ceiling': r.vsCeiling.toFixed(2) })));
  console.table(ingest.map((i) => ({ run: i.name, 'rows/s': Math.round(i.rowsPerSecond), 'COPY rows/s': Math.round(i.copyRowsPerSecond), '× COPY': i.ratioToCopy.toFixed(2) })));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
