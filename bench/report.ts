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

export function writeResults(results: BenchResults, dir = join(__dirname, __filename.endsWith('.js') ? '../../bench' : '.')): void {
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const lines = [
    '# Benchmark results',
    '',
    `${results.date}, ${results.machine}. Servers pinned to core 0, the load generator (autocannon, a separate process) to core 1. ` +
      `Median of ${results.rounds} rounds of ${results.secondsPerRun} s after a 1 s warm-up; ratios are taken within each round, then the median. ` +
      'Baseline: the same HTTP route + Apollo + type-graphql code path serving one constant resolver. Ceiling: Node `http` answering fixed JSON. ' +
      'Queries send their host as a variable; cold scenarios give every request a host revision of its own (within 0..65535, windows that never overlap), ' +
      'and any error answer stops the bench. "canRun hot" is answered by the answer replay (src/http/answer-cache.ts); "executed" sends Cache-Control: no-cache so every request runs through Apollo and the data caches.',
    '',
    '| scenario | req/s | p50 ms | p99 ms | peak RSS MB | × baseline req/s | × ceiling req/s | × baseline p99 | × baseline RSS | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.http.map((r) => `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.peakRssMb} | ${f2(r.vsBaseline)} | ${f2(r.vsCeiling)} | ${f2(r.p99VsBaseline)} | ${f2(r.rssVsBaseline)} | ${r.errors + r.non2xx} |`),
    '',
  ];
  lines.push(...targets(results.http), '');
  if (results.ingest.length > 0) {
    lines.push('## Ingestion', '', '| run | rows/s | COPY rows/s | × COPY |', '|---|---:|---:|---:|');
    lines.push(...results.ingest.map((i) => `| ${i.name} | ${Math.round(i.rowsPerSecond)} | ${Math.round(i.copyRowsPerSecond)} | ${f2(i.ratioToCopy)} |`), '');
  }
  writeFileSync(join(dir, 'results.md'), lines.join('\n'));
}

/** The targets, each with the figure measured in this run. */
function targets(http: readonly ScenarioResult[]): string[] {
  const row = (name: string) => http.find((r) => r.name === name);
  const hot = row('canRun hot');
  const stock = row('stock Apollo standalone trivial');
  const baseline = row('Apollo + type-graphql trivial (baseline)');
  const matrixCold = row('compatibilityMatrix cold (sequential)');
  const canRunCold = row('canRun cold (sequential)');
  const check = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'met' : 'missed');
  const lines = ['## Targets', '', '| target | measured | |', '|---|---:|---|'];
  const add = (what: string, value: number | undefined, ok: boolean | undefined) => lines.push(`| ${what} | ${value === undefined ? '–' : f2(value)} | ${check(ok)} |`);
  add('canRun hot ≥ 1.0 × baseline req/s', hot?.vsBaseline, hot && hot.vsBaseline >= 1);
  add('canRun hot p99 ≤ 1.5 × baseline p99', hot?.p99VsBaseline, hot && hot.p99VsBaseline <= 1.5);
  const executed = row('canRun hot, executed (no-cache: no answer replay)');
  add('(same, answer replay off) canRun hot executed ≥ 1.0 × baseline', executed?.vsBaseline, executed && executed.vsBaseline >= 1);
  add('canRun cold ≥ 0.3 × baseline', row('canRun cold')?.vsBaseline, row('canRun cold') && row('canRun cold')!.vsBaseline >= 0.3);
  add('imagesForHost first page ≥ 0.5 × baseline', row('imagesForHost first page (100k tags)')?.vsBaseline, row('imagesForHost first page (100k tags)') && row('imagesForHost first page (100k tags)')!.vsBaseline >= 0.5);
  add('matrix hot ≥ 0.5 × baseline', row('compatibilityMatrix default, hot')?.vsBaseline, row('compatibilityMatrix default, hot') && row('compatibilityMatrix default, hot')!.vsBaseline >= 0.5);
  const coldRatio = matrixCold && canRunCold ? canRunCold.rps / matrixCold.rps : undefined;
  add('matrix cold latency < 20 × one cold canRun (sequential)', coldRatio, coldRatio === undefined ? undefined : coldRatio < 20);
  const vsStock = hot && stock && baseline ? (hot.rps / stock.rps) : undefined;
  add('canRun hot ≥ 2 × stock Apollo', vsStock, vsStock === undefined ? undefined : vsStock >= 2);
  add('RSS under load ≤ 1.5 × baseline (canRun hot)', hot?.rssVsBaseline, hot && hot.rssVsBaseline <= 1.5);
  return lines;
}
