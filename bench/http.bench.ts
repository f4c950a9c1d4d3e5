/**
 * HTTP benchmarks: the raw-http ceiling, the Apollo + type-graphql trivial baseline (our code path
 * and stock Apollo), and wincompat's queries on the bundled catalog plus 100,000 synthetic tags.
 * Servers run on core 0, the load generator on core 1; every scenario runs once per round, rounds
 * interleave, and ratios are taken within a round before the median is quoted.
 */
import crypto from 'node:crypto';
import { median, runLoad, startServer, type LoadResult, type RunningServer } from './bench-support';
import { addSyntheticTags, createScratchDatabase } from './scratch-database';

export interface Scenario {
  readonly name: string;
  readonly server: 'raw' | 'trivial' | 'stock' | 'wincompat';
  readonly body: string;
  readonly connections: number;
  /** Distinct requests: the body's __N__ takes every value of this window once, so every request misses every cache. */
  readonly cold?: { readonly from: number; readonly to: number };
  /** Extra request headers, e.g. Cache-Control: no-cache to run every request through Apollo. */
  readonly headers?: Record<string, string>;
}

const q = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const CAN_RUN = 'query CanRun($host: String!) { canRun(host: $host, image: "mcr.microsoft.com/windows/servercore:ltsc2019") { summary recommendedIsolation process { support } hyperv { support } } }';
const IMAGES_FOR_HOST = 'query Images($host: String!) { imagesForHost(host: $host, isolation: HYPERV, first: 20) { totalCount edges { cursor node { reference build revision } } } }';
const MATRIX = 'query Matrix($hosts: [String!]) { compatibilityMatrix(hosts: $hosts) { hosts images rows { cells { support } } } }';
const MATRIX_HOSTS = ['10.0.14393.__N__', '10.0.17763.__N__', '10.0.20348.__N__', '10.0.26100.__N__', '10.0.26200.__N__', '10.0.28000.__N__'];

/**
 * Cold scenarios put a counter in the host's revision, which the parser bounds at 65535, so each
 * gets a window of its own: windows never overlap where answers could be shared (canRun's cells are
 * the matrix's), and a run that would leave its window stops the bench rather than measure warm
 * or invalid requests. Clients send variables (codegen does), so the documents stay the same.
 */
export const SCENARIOS: readonly Scenario[] = [
  { name: 'raw http, fixed JSON (ceiling)', server: 'raw', body: q('{ hello }'), connections: 32 },
  { name: 'Apollo + type-graphql trivial (baseline)', server: 'trivial', body: q('{ hello }'), connections: 32 },
  { name: 'stock Apollo standalone trivial', server: 'stock', body: q('{ hello }'), connections: 32 },
  { name: 'canRun hot', server: 'wincompat', body: q(CAN_RUN, { host: '10.0.20348.2340' }), connections: 32 },
  { name: 'canRun hot, executed (no-cache: no answer replay)', server: 'wincompat', body: q(CAN_RUN, { host: '10.0.20348.2340' }), connections: 32, headers: { 'cache-control': 'no-cache' } },
  { name: 'canRun cold', server: 'wincompat', body: q(CAN_RUN, { host: '10.0.20348.__N__' }), connections: 32, cold: { from: 1, to: 49_999 } },
  { name: 'imagesForHost first page (100k tags)', server: 'wincompat', body: q(IMAGES_FOR_HOST, { host: '10.0.20348.2340' }), connections: 32 },
  { name: 'imagesForHost first page cold (100k tags)', server: 'wincompat', body: q(IMAGES_FOR_HOST, { host: '10.0.20348.__N__' }), connections: 8, cold: { from: 1, to: 65_535 } },
  { name: 'compatibilityMatrix default, hot', server: 'wincompat', body: q(MATRIX), connections: 32 },
  { name: 'compatibilityMatrix cold (sequential)', server: 'wincompat', body: q(MATRIX, { hosts: MATRIX_HOSTS }), connections: 1, cold: { from: 50_000, to: 65_535 } },
  { name: 'canRun cold (sequential)', server: 'wincompat', body: q(CAN_RUN, { host: '10.0.17763.__N__' }), connections: 1, cold: { from: 1, to: 49_999 } },
];

export interface ScenarioResult extends Omit<LoadResult, 'lastN'> {
  readonly name: string;
  readonly vsBaseline: number;
  readonly vsCeiling: number;
  readonly p99VsBaseline: number;
  readonly rssVsBaseline: number;
}

export async function runHttpBench(rounds: number, seconds: number, log: (s: string) => void): Promise<ScenarioResult[]> {
  const db = await createScratchDatabase('http');
  const servers: Partial<Record<Scenario['server'], RunningServer>> = {};
  try {
    const env = { ...process.env, DATABASE_URL: db.url, BENCH_REDIS_PREFIX: `bench:${crypto.randomBytes(4).toString('hex')}:` };
    servers.wincompat = await startServer('bench/servers/wincompat.ts', [], env);
    await addSyntheticTags(db.url, 100_000);
    servers.raw = await startServer('bench/servers/raw-http.ts', []);
    servers.trivial = await startServer('bench/servers/apollo-trivial.ts', []);
    servers.stock = await startServer('bench/servers/apollo-trivial.ts', ['--stock']);
    const perRound: LoadResult[][] = [];
    const next = SCENARIOS.map((s) => s.cold?.from ?? 0);
    for (let round = 0; round < rounds; round++) {
      const results: LoadResult[] = [];
      for (const [i, s] of SCENARIOS.entries()) {
        const server = servers[s.server]!;
        const url = `http://127.0.0.1:${server.port}/${s.server === 'raw' ? '' : s.server === 'stock' ? '' : 'graphql'}`;
        if (round === 0) await expectAnswer(url, s);
        const load = async (secs: number) => {
          const r = await runLoad(url, s.body, { connections: s.connections, seconds: secs, start: next[i], headers: s.headers }, server.child.pid);
          if (r.errors + r.non2xx > 0) throw new Error(`${s.name}: ${r.errors + r.non2xx} of ${r.requests} requests failed or answered errors`);
          if (s.cold && r.lastN > s.cold.to) throw new Error(`${s.name}: used revisions up to ${r.lastN}, past its cold window (${s.cold.from}..${s.cold.to}); shorten the runs`);
          next[i] = r.lastN + 1;
          return r;
        };
        await load(1); // warm-up
        const r = await load(seconds);
        results.push(r);
        log(`round ${round + 1} ${s.name}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
      }
      perRound.push(results);
    }
    return SCENARIOS.map((s, i) => summarize(s.name, perRound.map((round) => ({ me: round[i], baseline: round[1], ceiling: round[0] }))));
  } finally {
    await Promise.all(Object.values(servers).map((s) => s?.stop()));
    await db.drop();
  }
}

/** A benchmark of error responses would measure nothing: check one real answer first. */
async function expectAnswer(url: string, s: Scenario): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...s.headers }, body: s.body.replaceAll('__N__', String(s.cold ? s.cold.to : 7)) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${s.name}: the server answered ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
}

function summarize(name: string, rounds: { me: LoadResult; baseline: LoadResult; ceiling: LoadResult }[]): ScenarioResult {
  const m = (f: (r: { me: LoadResult; baseline: LoadResult; ceiling: LoadResult }) => number) => median(rounds.map(f));
  return {
    name,
    rps: m((r) => r.me.rps),
    p50: m((r) => r.me.p50),
    p99: m((r) => r.me.p99),
    requests: m((r) => r.me.requests),
    errors: m((r) => r.me.errors),
    non2xx: m((r) => r.me.non2xx),
    peakRssMb: m((r) => r.me.peakRssMb),
    vsBaseline: m((r) => r.me.rps / r.baseline.rps),
    vsCeiling: m((r) => r.me.rps / r.ceiling.rps),
    p99VsBaseline: m((r) => r.me.p99 / Math.max(r.baseline.p99, 1)),
    rssVsBaseline: m((r) => r.me.peakRssMb / Math.max(r.baseline.peakRssMb, 1)),
  };
}
