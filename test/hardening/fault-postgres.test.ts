/**
 * Postgres restarted during a load run, for real: a private server (its own data directory and
 * port, so nobody else is harmed) gets a fast shutdown and comes back about a second later. Requests in the
 * gap get a typed SERVICE_UNAVAILABLE (503) or TIMEOUT, never another error, a crash or a hang past
 * the deadline; afterwards the service answers again by itself, without a restart.
 */
import { freePort } from '../cache/redis-server-process';
import { startTestService, type TestService } from '../support/test-service';
import { originOf, postQuery, send, sleep } from './support/http';
import { runLoad } from './support/load';
import { PostgresProcess, postgresBinDir } from './support/postgres-process';

const TIMEOUT_MS = 3000;
const BIN = postgresBinDir();
const HOSTS = ['ltsc2022', 'ltsc2019', '10.0.17763.5329', '10.0.20348.2340', 'ltsc2025', '1809'];
// Every request a new cache key, so each one really reads Postgres (image tags) during the gap.
const page = (i: number) => `{ imagesForHost(host: "${HOSTS[i % HOSTS.length]}", first: ${1 + (i % 100)}, isolation: ${i % 7 ? 'PROCESS' : 'HYPERV'}) { totalCount edges { node { tag } } } }`;

// Postgres' server binaries are on every machine this project runs on (Debian's postgresql package);
// their absence is a broken machine, not a reason to skip.
if (!BIN) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql');

describe('Postgres restarted under load', () => {
  let pg: PostgresProcess;
  let service: TestService;
  beforeAll(async () => {
    pg = new PostgresProcess(await freePort(), BIN!);
    pg.init();
    await pg.start();
    // Memory cache only, so nothing but Postgres can answer a cache miss; a budget this load cannot spend.
    service = await startTestService({ databaseUrl: pg.url, env: { REDIS_URL: '', REQUEST_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_POINTS: '1000000000' } });
  }, 60_000);
  afterAll(async () => {
    await service?.stop().catch(() => undefined);
    await pg?.destroy();
  });

  it('answers SERVICE_UNAVAILABLE in the gap, never hangs, and recovers by itself', async () => {
    let readyDuringGap: any;
    let stoppedAt = 0;
    let startedAt = 0;
    const t0 = Date.now();
    const run = await runLoad({
      concurrency: 6,
      durationMs: 4000,
      request: (i) => postQuery(service.url, page(i)).catch((err: Error) => ({ status: 0, ms: 0, json: { errors: [{ message: err.message }] } })),
      events: [
        { atMs: 1000, run: async () => { await pg.stop(); stoppedAt = Date.now(); } },
        { atMs: 1600, run: async () => { readyDuringGap = await send(`${originOf(service.url)}/readyz`); } },
        { atMs: 2200, run: async () => { await pg.start(); startedAt = Date.now(); } },
      ],
    });
    const codes = (r: any): string[] => (r.json?.errors ?? []).map((e: any) => e.extensions?.code ?? `status ${r.status}: ${e.message}`);
    const ok = run.results.filter((r) => r.value.status === 200 && !r.value.json?.errors);
    const unavailable = run.results.filter((r) => r.value.status === 503 && codes(r.value).every((c) => c === 'SERVICE_UNAVAILABLE' || c === 'TIMEOUT'));
    const other = run.results.filter((r) => !ok.includes(r) && !unavailable.includes(r));
    const slowest = Math.max(...run.results.map((r) => r.value.ms));
    const [down, up] = [stoppedAt - t0, startedAt - t0];
    const failedOutsideGap = run.results.filter((r) => r.value.status !== 200 && (r.at + r.value.ms < down - 200 || r.at > up + 1000)).length;
    const firstOkAfterRestart = run.results.find((r) => r.at >= up && ok.includes(r))?.at;
    console.info(
      `postgres fault: ${run.results.length} requests, ${ok.length} ok, ${unavailable.length} SERVICE_UNAVAILABLE/TIMEOUT (503), ${other.length} other; ` +
        `slowest ${slowest} ms; down ${up - down} ms; first success ${firstOkAfterRestart === undefined ? 'none' : firstOkAfterRestart - up} ms after restart; ` +
        `${failedOutsideGap} failed outside the gap (+1 s)`,
    );

    expect(other.map((r) => codes(r.value))).toEqual([]);
    expect(failedOutsideGap).toBe(0);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(TIMEOUT_MS + 1500);
    expect(readyDuringGap.status).toBe(503);
    expect(readyDuringGap.json.database.status).toBe('unreachable');

    // Recovery without a restart: fresh queries succeed again, and /readyz is back to ready.
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      const res = await postQuery(service.url, page(10_000 + i));
      recovered = res.status === 200 && !res.json?.errors;
      if (!recovered) await sleep(250);
    }
    expect(recovered).toBe(true);
    expect((await send(`${originOf(service.url)}/readyz`)).status).toBe(200);
    const lastSecond = run.results.filter((r) => r.at > run.elapsedMs - 1000);
    expect(lastSecond.every((r) => r.value.status === 200)).toBe(true);
  });
});
