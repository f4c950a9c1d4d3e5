/**
 * The real process: JSON log lines with request ids and no secrets, and SIGTERM that lets a
 * request in flight finish before a clean exit (exit code 0).
 */
import pg from 'pg';
import { newTestDatabaseUrl } from '../support/test-service';
import { postQuery, sleep } from './support/http';
import { ServiceProcess } from './support/service-process';

const TOKEN = 'tok-SECRET-5f1e9c';
const COOKIE = 'session=cookie-SECRET-77aa';

it('logs JSON with request ids and no secrets, and stops gracefully on SIGTERM', async () => {
  const database = await newTestDatabaseUrl(); // null on PGlite
  const env: Record<string, string> = { NODE_ENV: 'production', LOG_LEVEL: 'info', PGLITE_DIR: 'memory://', SHUTDOWN_DELAY_MS: '200' };
  if (database) env.DATABASE_URL = database.url;
  const service = new ServiceProcess(env);
  try {
    const port = await service.start();
    const url = `http://127.0.0.1:${port}/graphql`;
    const secretHeaders = { authorization: `Bearer ${TOKEN}`, cookie: COOKIE, 'x-request-id': 'lifecycle-1' };
    expect((await postQuery(url, '{ releases { key } }', undefined, secretHeaders)).status).toBe(200);
    expect((await postQuery(url, '{ nope }', undefined, { ...secretHeaders, 'x-request-id': 'lifecycle-2' })).status).toBe(400);

    // With Postgres, hold a lock from outside so a request is really in flight when SIGTERM lands.
    let locker: pg.Client | undefined;
    if (database) {
      locker = new pg.Client({ connectionString: database.url });
      await locker.connect();
      await locker.query('BEGIN; LOCK TABLE image_tag IN ACCESS EXCLUSIVE MODE');
    }
    const inFlight = postQuery(url, '{ imagesForHost(host: "ltsc2022", first: 3) { totalCount } }');
    await sleep(150);
    service.signal('SIGTERM');
    await sleep(400);
    await locker?.query('COMMIT');
    await locker?.end();
    const answered = await inFlight;
    expect(answered.status).toBe(200);

    const exit = await service.exit(10_000);
    expect(exit).toEqual({ code: 0, signal: null, killed: false });

    const records = service.lines.filter(Boolean).map((line) => JSON.parse(line)); // every line is JSON
    expect(records.some((r) => r.req?.id === 'lifecycle-1' && r.res?.statusCode === 200)).toBe(true);
    expect(records.some((r) => r.req?.id === 'lifecycle-2' && r.level === 40)).toBe(true); // 4xx logs at warn
    expect(records.some((r) => r.msg === 'shutting down' && r.signal === 'SIGTERM')).toBe(true);
    expect(records.some((r) => r.msg === 'stopped')).toBe(true);
    const all = service.lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('cookie-SECRET');
  } finally {
    if ((await service.exit(1)).killed) console.warn('service process had to be killed');
    await database?.drop();
  }
});
