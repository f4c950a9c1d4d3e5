/** Writes bench/results.md (a table a person reads) and bench/results.json (for tools). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from './http.bench';

export interface IngestFigure {
  readonly name: string;
  readonly rowsPerSecond: number;
  readonly copyRowsPerSecond: number;
  readonly ratioToCopy: number;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: string;
  readonly rounds: number;
  readonly secondsPerRun: number;
  readonly http: readonly ScenarioResult[];
  readonly ingest: readonly IngestFigure[];
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

export function writeResults(results: BenchResults, dir = __dirname): void {
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lines = [
    '# Benchmark results',
    '',
    `${results.date}, ${results.machine}. Servers pinned to core 0, the load generator (autocannon, a separate process) to core 1. ` +
      `Median of ${results.rounds} rounds of ${results.secondsPerRun} s after a 1 s warm-up; ratios are taken within each round, then the median. ` +
      'Baseline: the same Express + Apollo + type-graphql code path serving one constant resolver. Ceiling: Node `http` answering fixed JSON.',
    '',
    '| scenario | req/s | p50 ms | p99 ms | peak RSS MB | × baseline req/s | × ceiling req/s | × baseline p99 | × baseline RSS | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.http.map((r) => `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.peakRssMb} | ${f2(r.vsBaseline)} | ${f2(r.vsCeiling)} | ${f2(r.p99VsBaseline)} | ${f2(r.rssVsBaseline)} | ${r.errors + r.non2xx} |`),
    '',
  ];
  if (results.ingest.length > 0) {
    lines.push('## Ingestion', '', '| run | rows/s | COPY rows/s | × COPY |', '|---|---:|---:|---:|');
    lines.push(...results.ingest.map((i) => `| ${i.name} | ${Math.round(i.rowsPerSecond)} | ${Math.round(i.copyRowsPerSecond)} | ${f2(i.ratioToCopy)} |`), '');
  }
  writeFileSync(join(dir, 'results.md'), lines.join('\n'));
}
