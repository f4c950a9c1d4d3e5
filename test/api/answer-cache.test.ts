/**
 * Whole answers replayed to repeated catalog reads (http/answer-cache.ts), over real HTTP: the same
 * bytes and headers, never across a catalog change, keyed on the whole request, never for errors or
 * caller-dependent answers, and charged to each client's rate limit like an executed request.
 */
import { AnswerCache } from '../../src/http/answer-cache';
import { metricValue } from '../hardening/support/metrics-text';
import { originOf, postQuery, send } from '../hardening/support/http';
import { startTestService, type TestService } from '../support/test-service';

const CAN_RUN = '{ canRun(host: "10.0.17763.5329", image: "mcr.microsoft.com/windows/servercore:ltsc2019") { summary image { revision } process { support } } }';
const RELEASES = '{ releases(kind: SERVER) { key name build } }'; // 1 + 3 = 4 points
const from = (ip: string) => ({ 'x-forwarded-for': ip });

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ env: { RATE_LIMIT_POINTS: '40', RATE_LIMIT_WINDOW_SECONDS: '600', TRUST_PROXY: 'loopback' } });
});
afterAll(() => service.stop());

const replays = async (): Promise<number> =>
  metricValue((await send(`${originOf(service.url)}/metrics`)).text, 'cache_requests_total', { layer: 'answer', result: 'hit' });

describe('replayed answers', () => {
  it('replays the same bytes and headers to a repeated catalog read, with its own request id', async () => {
    const before = await replays();
    const first = await postQuery(service.url, CAN_RUN, undefined, from('198.51.100.1'));
    const second = await postQuery(service.url, CAN_RUN, undefined, from('198.51.100.1'));
    expect(first.status).toBe(200);
    expect(first.json.data.canRun.process.support).toBe('SUPPORTED');
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await replays()).toBe(before + 1);
  });

  it('never replays an answer from before a catalog change', async () => {
    const ip = from('198.51.100.2');
    expect((await postQuery(service.url, CAN_RUN, undefined, ip)).json.data.canRun.image.revision).not.toBe(9999);
    const prisma = service.database.prisma;
    await prisma.$transaction([
      prisma.$executeRawUnsafe(`UPDATE image_tag SET revision = 9999, origin = 'observed' WHERE tag = 'ltsc2019' AND repository_id = (SELECT id FROM image_repository WHERE name = 'mcr.microsoft.com/windows/servercore')`),
      prisma.$executeRawUnsafe(`UPDATE catalog_state SET version = 'answer-test-' || md5(random()::text), updated_at = now()`),
    ]);
    // The change feed delivers the notification asynchronously; the answer must follow it, never lag once it has.
    let after = await postQuery(service.url, CAN_RUN, undefined, ip);
    for (let i = 0; i < 50 && after.json.data.canRun.image.revision !== 9999; i++) after = await postQuery(service.url, CAN_RUN, undefined, ip);
    expect(after.json.data.canRun.image.revision).toBe(9999);
    expect((await postQuery(service.url, CAN_RUN, undefined, ip)).json.data.canRun.image.revision).toBe(9999);
  });

  it('keys on the whole request: variables and the Accept header', async () => {
    const ip = from('198.51.100.3');
    const query = 'query Q($host: String!) { canRun(host: $host, image: "mcr.microsoft.com/windows/servercore:ltsc2022") { process { support } } }';
    const same = await postQuery(service.url, query, { host: '10.0.20348.2340' }, ip);
    const other = await postQuery(service.url, query, { host: '10.0.17763.5329' }, ip);
    expect(same.json.data.canRun.process.support).toBe('SUPPORTED');
    expect(other.json.data.canRun.process.support).toBe('UNSUPPORTED');
    const graphqlResponse = await postQuery(service.url, query, { host: '10.0.20348.2340' }, { ...ip, accept: 'application/graphql-response+json' });
    const json = await postQuery(service.url, query, { host: '10.0.20348.2340' }, { ...ip, accept: 'application/json' });
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('does not replay errors, answers that depend on the caller, or when the client asks for a fresh answer', async () => {
    const ip = from('198.51.100.4');
    const before = await replays();
    for (let i = 0; i < 2; i++) expect((await postQuery(service.url, '{ canRun(host: "nonsense!", image: "x") { summary } }', undefined, ip)).json.errors).toBeDefined();
    const used = [];
    for (let i = 0; i < 2; i++) used.push((await postQuery(service.url, '{ rateLimit { used } }', undefined, ip)).json.data.rateLimit.used);
    expect(used[1]).toBeGreaterThan(used[0]);
    for (let i = 0; i < 2; i++) expect((await postQuery(service.url, CAN_RUN, undefined, { ...ip, 'cache-control': 'no-cache' })).status).toBe(200);
    expect(await replays()).toBe(before);
  });

  it('charges every replay to its own client, and answers 429 RATE_LIMITED once the budget is spent', async () => {
    const ip = from('198.51.100.5');
    const remaining: number[] = [];
    let res = await postQuery(service.url, RELEASES, undefined, ip);
    while (res.status === 200 && remaining.length < 20) {
      remaining.push(Number(res.headers.get('x-ratelimit-remaining')));
      res = await postQuery(service.url, RELEASES, undefined, ip);
    }
    expect(remaining).toEqual([36, 32, 28, 24, 20, 16, 12, 8, 4, 0]);
    expect(res.status).toBe(429);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { limit: 40, remaining: 0, cost: 4 } });
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    // Another client's budget is untouched by the first one's replays.
    expect((await postQuery(service.url, RELEASES, undefined, from('198.51.100.6'))).headers.get('x-ratelimit-remaining')).toBe('36');
  });
});

describe('AnswerCache', () => {
  it('keeps no answer larger than an eighth of its budget, so one page cannot flush the rest', () => {
    const cache = new AnswerCache(80_000);
    const answer = (body: string) => ({ headers: [], body, cost: 1, operation: 'anonymous' });
    cache.set('small', answer('x'.repeat(1000)));
    cache.set('huge', answer('x'.repeat(10_000)));
    expect(cache.get('small')).toBeDefined();
    expect(cache.get('huge')).toBeUndefined();
  });
});
