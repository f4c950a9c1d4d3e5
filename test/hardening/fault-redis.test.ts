/**
 * Redis killed in the middle of a load run, for real (our own redis-server, SIGKILL), then brought
 * back 1 s later: no request fails (answers come from the memory layer, Postgres and the engine; the rate
 * limiter falls back to memory), and caching in Redis resumes once it returns.
 */
import { RedisServerProcess, freePort } from '../cache/redis-server-process';
import { deleteByPrefix, inspectClient } from '../cache/redis-test-env';
import { startTestService, type TestService } from '../support/test-service';
import { originOf, postQuery, send, sleep } from './support/http';
import { runLoad } from './support/load';
import { metricValue } from './support/metrics-text';

const IMAGES = ['servercore:ltsc2019', 'nanoserver:ltsc2022', 'servercore:ltsc2022', 'windows/server:ltsc2025', 'servercore:1809'];
const canRun = (i: number) =>
  `{ canRun(host: "10.0.${i % 2 ? 17763 : 20348}.${1 + (i % 3000)}", image: "mcr.microsoft.com/windows/${IMAGES[i % IMAGES.length]}") { summary process { support } } }`;

let redis: RedisServerProcess;
let service: TestService;
beforeAll(async () => {
  redis = new RedisServerProcess(await freePort());
  await redis.start();
  // Rate limiting stays on (in Redis, then its in-memory insurance), with a budget this load cannot spend.
  service = await startTestService({ env: { REDIS_URL: redis.url, RATE_LIMIT_POINTS: '1000000000' } });
});
afterAll(async () => {
  await service?.stop();
  await redis?.stop();
});

it('serves every request while Redis is down, and caches in Redis again once it is back', async () => {
  const metrics = async () => (await send(`${originOf(service.url)}/metrics`)).text;
  const errorsBefore = metricValue(await metrics(), 'cache_requests_total', { layer: 'redis', result: 'error' });
  const run = await runLoad({
    concurrency: 6,
    durationMs: 3000,
    request: (i) => postQuery(service.url, canRun(i)).catch((err: Error) => ({ status: 0, json: { errors: [{ message: err.message }] } })),
    events: [
      { atMs: 800, run: () => redis.stop() },
      { atMs: 1800, run: () => redis.start() },
    ],
  });
  const failed = run.results.filter((r) => r.value.status !== 200 || r.value.json?.errors);
  const during = run.results.filter((r) => r.at >= 800 && r.at < 1800).length;
  console.info(`redis fault: ${run.results.length} requests in ${run.elapsedMs} ms, ${during} while Redis was down, ${failed.length} failed`);
  expect(failed.map((r) => r.value.json?.errors ?? r.value.status)).toEqual([]);
  expect(during).toBeGreaterThan(20);
  expect(metricValue(await metrics(), 'cache_requests_total', { layer: 'redis', result: 'error' })).toBeGreaterThan(errorsBefore);

  // ioredis reconnects with backoff; /readyz reports it (Redis never makes the service unready).
  let status = '';
  for (let i = 0; i < 40 && status !== 'ready'; i++) {
    const ready = await send(`${originOf(service.url)}/readyz`);
    expect(ready.status).toBe(200);
    status = ready.json.redis.status;
    if (status !== 'ready') await sleep(250);
  }
  expect(status).toBe('ready');

  const check = inspectClient(redis.url);
  try {
    await sleep(100);
    const res = await postQuery(service.url, canRun(987_654));
    expect(res.json.errors).toBeUndefined();
    const keys = await check.keys(`${service.redisKeyPrefix}*canRun*`);
    expect(keys.some((k) => k.includes('20348.655'))).toBe(true); // host 10.0.20348.655
    await deleteByPrefix(check, service.redisKeyPrefix);
  } finally {
    check.disconnect();
  }
});
