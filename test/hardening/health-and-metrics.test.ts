/** /healthz, /readyz (database, migrations, Redis) and /metrics on the real service; readiness flips on shutdown. */
import { startTestService, type TestService } from '../support/test-service';
import { holdImageTags } from './support/hold-database';
import { originOf, postQuery, send, sleep } from './support/http';

/** One service for the whole file; the shutdown test, last, stops it. */
let service: TestService;
let stopped = false;
beforeAll(async () => {
  service = await startTestService({ env: { SHUTDOWN_DELAY_MS: '500' } });
});
afterAll(async () => {
  if (!stopped) await service.stop();
});

describe('probes and metrics', () => {
  it('/healthz says alive; /readyz says ready, with what it checked', async () => {
    const health = await send(`${originOf(service.url)}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    const ready = await send(`${originOf(service.url)}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({
      status: 'ready',
      database: { status: 'ok' },
      migrations: { status: 'current', pending: [] },
      redis: { status: process.env.REDIS_URL ? 'ready' : 'not configured' },
    });
  });

  it('/readyz is 503 while a migration this build ships is not applied', async () => {
    const prisma = service.database.prisma;
    const [last] = await prisma.$queryRawUnsafe<{ id: string; migration_name: string }[]>(
      'SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
    );
    await prisma.$executeRawUnsafe('UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1', last!.id);
    try {
      const ready = await send(`${originOf(service.url)}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.json).toMatchObject({ status: 'not ready', migrations: { status: 'pending', pending: [last!.migration_name] } });
    } finally {
      await prisma.$executeRawUnsafe('UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = $1', last!.id);
    }
    expect((await send(`${originOf(service.url)}/readyz`)).status).toBe(200);
  });

  it('/metrics has operation latency, errors by code, cache reads by layer and ingestion rows', async () => {
    const canRun = 'query CanRunProbe { canRun(host: "ltsc2022", image: "mcr.microsoft.com/windows/nanoserver:ltsc2022") { summary } }';
    await postQuery(service.url, canRun);
    await postQuery(service.url, canRun);
    await postQuery(service.url, canRun, undefined, { 'cache-control': 'no-cache' });
    await postQuery(service.url, '{ nope }');
    const res = await send(`${originOf(service.url)}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(res.text).toMatch(/graphql_operation_duration_seconds_bucket\{le="[\d.]+",operation="CanRunProbe",type="query",status="ok"\} \d+/);
    expect(res.text).toMatch(/graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    // The first request misses every layer; the repeat is a replayed answer; one that asks for a
    // fresh answer runs again and finds the parsed answer in process.
    expect(res.text).toMatch(/cache_requests_total\{layer="answer",result="hit"\} [1-9]/);
    expect(res.text).toMatch(/cache_requests_total\{layer="process",result="hit"\} [1-9]/);
    expect(res.text).toMatch(/cache_requests_total\{layer="memory",result="miss"\} [1-9]/);
    if (process.env.REDIS_URL) expect(res.text).toMatch(/cache_requests_total\{layer="redis",result="(hit|miss)"\} [1-9]/);
    expect(res.text).toContain('# TYPE ingestion_rows_total counter');
    expect(res.text).toContain('process_resident_memory_bytes');
  });
});

describe('graceful shutdown', () => {
  it('flips both probes to 503 first, finishes the request in flight, then closes', async () => {
    const origin = originOf(service.url);
    const hold = holdImageTags(service.database, 1200);
    await hold.started;
    const inFlight = postQuery(service.url, '{ imagesForHost(host: "ltsc2019", first: 9) { totalCount } }');
    await sleep(100);
    stopped = true;
    const stopping = service.stop();
    await sleep(50);
    const [ready, health] = await Promise.all([send(`${origin}/readyz`), send(`${origin}/healthz`)]);
    expect(ready.status).toBe(503);
    expect(ready.json.status).toBe('shutting down');
    expect(health.status).toBe(503);
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.json.data.imagesForHost.totalCount).toBeGreaterThan(0);
    await hold.done;
    await stopping;
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
  });
});
