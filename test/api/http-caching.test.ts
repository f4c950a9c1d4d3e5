import { createHash } from 'node:crypto';
import { startTestService, type TestService } from '../support/test-service';

const QUERY = '{ canRun(host: "10.0.20348.2340", image: "mcr.microsoft.com/windows/servercore:ltsc2019") { summary } }';
const get = (service: TestService, params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${service.url}?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

describe('HTTP caching of GET queries', () => {
  it('gives catalog answers an ETag and Cache-Control, and answers a matching If-None-Match with 304', async () => {
    const first = await get(service, { query: QUERY });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await get(service, { query: QUERY }, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('changes the ETag when the catalog changes', async () => {
    const before = (await get(service, { query: QUERY })).headers.get('etag')!;
    await service.database.prisma.$executeRawUnsafe(`UPDATE catalog_state SET version = 'etag-test-' || md5(random()::text), updated_at = now()`);
    const after = await get(service, { query: QUERY }, { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });

  it('gives no ETag to POSTs, errors, or answers that depend on the caller', async () => {
    const post = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(post.headers.get('etag')).toBeNull();
    const error = await get(service, { query: '{ canRun(host: "nonsense!", image: "x") { summary } }' });
    expect(error.headers.get('etag')).toBeNull();
    const perClient = await get(service, { query: '{ rateLimit { remaining } }' });
    expect(perClient.status).toBe(200);
    expect(perClient.headers.get('etag')).toBeNull();
  });
});

describe('automatic persisted queries', () => {
  const hash = createHash('sha256').update(QUERY).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });

  it('asks for an unknown hash, stores it with its query, then answers GETs by hash alone', async () => {
    const unknown = await get(service, { extensions });
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const store = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, extensions: JSON.parse(extensions) }) });
    expect(store.status).toBe(200);
    const byHash = await get(service, { extensions });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as any).data.canRun.summary).toMatch(/^Only with Hyper-V isolation/);
  });

  it('shares persisted queries between instances through Redis (or keeps them per instance without it)', async () => {
    const other = await startTestService({ databaseUrl: service.databaseUrl, redisKeyPrefix: service.redisKeyPrefix });
    try {
      const res = await get(other, { extensions });
      const body = (await res.json()) as any;
      // PGlite in memory cannot be shared: the second instance then has its own catalog and cache.
      if (process.env.REDIS_URL && service.databaseUrl) expect(body.data.canRun.summary).toMatch(/^Only with Hyper-V isolation/);
      else expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await other.stop();
    }
  });
});
