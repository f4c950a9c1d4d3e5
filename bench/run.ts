/**
 * `npm run bench [rounds]`: runs the benchmarks, prints them, and writes bench/results.md and
 * bench/results.json (report.ts). Needs a Postgres server: DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/test; every benchmark works in scratch databases it drops.
 * To add a benchmark, run it below and put its rows into the results.
 */
import os from 'node:os';
import { runIngestBench } from './ingest.bench';
import { writeResults } from './report';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const log = (s: string) => console.error(s);
  const ingest = await runIngestBench(rounds, log);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  writeResults({ date: new Date().toISOString().slice(0, 10), machine: `${os.cpus().length} × ${cpu}, Node ${process.version}`, rounds, secondsPerRun: 0, http: [], ingest });
  console.table(ingest.map((i) => ({ run: i.name, 'rows/s': Math.round(i.rowsPerSecond), 'COPY rows/s': Math.round(i.copyRowsPerSecond), '× COPY': i.ratioToCopy.toFixed(2) })));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
