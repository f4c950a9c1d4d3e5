/**
 * Every request limit over real HTTP: each answers 400 (413 for the body, 503 for the deadline)
 * with a typed code and the limit in extensions, before any resolver runs.
 */
import { startTestService, type TestService } from '../support/test-service';
import { holdImageTags } from './support/hold-database';
import { postQuery, send } from './support/http';

const LIMITS = {
  GRAPHQL_MAX_DEPTH: '4',
  GRAPHQL_MAX_ALIASES: '2',
  GRAPHQL_MAX_DIRECTIVES: '3',
  GRAPHQL_MAX_TOKENS: '80',
  GRAPHQL_MAX_STRUCTURAL_COST: '400',
  GRAPHQL_MAX_COST: '500',
  GRAPHQL_MAX_STRING_LENGTH: '300',
  GRAPHQL_MAX_LIST_LENGTH: '5',
  GRAPHQL_MAX_BATCH: '2',
  HTTP_BODY_LIMIT_BYTES: '2000',
  REQUEST_TIMEOUT_MS: '400',
};

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ env: LIMITS });
});
afterAll(() => service.stop());

const limitErrorOf = (body: any, name: string) => body?.errors?.find((e: any) => e.extensions?.limit?.name === name);

/** Row format: [limit name, query, variables, max]. Each query is valid and small except for the one limit. */
const OVER: [string, string, Record<string, unknown> | undefined, number][] = [
  ['depth', '{ canRun(host: "ltsc2022", image: "mcr.microsoft.com/windows/servercore:ltsc2022") { image { release { baseImageTags { tags } } } } }', undefined, 4],
  ['aliases', '{ a: releases { key } b: releases { key } c: releases { key } }', undefined, 2],
  ['directives', '{ releases @include(if: true) { key @include(if: true) name @include(if: true) build @skip(if: false) } }', undefined, 3],
  ['tokens', `{ releases { ${Array.from({ length: 80 }, () => 'key').join(' ')} } }`, undefined, 80],
  // armor's shape cost multiplies by literal page sizes only, with x1.5 per level: (2 + 1.5 + 1.5 x 3.5) x 100 = 875.
  ['structuralCost', '{ imagesForHost(host: "ltsc2022", first: 100) { totalCount pageInfo { hasNextPage } } }', undefined, 400],
  // A page size in a variable escapes armor's estimate, not graphql-query-complexity's: 1 + 100 x 8 = 801.
  ['cost', 'query($n: Int!) { imagesForHost(host: "ltsc2022", first: $n) { edges { cursor node { repository tag reference build revision } } } }', { n: 100 }, 500],
  ['stringLength', `{ windowsVersion(input: "${'9'.repeat(301)}") { build } }`, undefined, 300],
  ['stringLength', 'query($v: String!) { windowsVersion(input: $v) { build } }', { v: '9'.repeat(301) }, 300],
  ['listLength', '{ compatibilityMatrix(hosts: ["1", "2", "3", "4", "5", "6"]) { hosts } }', undefined, 5],
  ['listLength', 'query($h: [String!]) { compatibilityMatrix(hosts: $h) { hosts } }', { h: ['1', '2', '3', '4', '5', '6'] }, 5],
];

describe('a request over a limit', () => {
  it.each(OVER)('%s: 400, LIMIT_EXCEEDED, and the limit in extensions', async (name, query, variables, max) => {
    const res = await postQuery(service.url, query, variables);
    expect(res.status).toBe(400);
    const error = limitErrorOf(res.json, name);
    expect(error).toBeDefined();
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { name, max } });
    expect(typeof error.extensions.requestId).toBe('string');
    expect(res.json.data).toBeUndefined();
  });

  it('counts connections as first × child cost, and reports it in rateLimit.cost', async () => {
    const page = (first: number) => `{ rateLimit { cost } imagesForHost(host: "ltsc2022", first: ${first}) { edges { cursor node { tag } } } }`;
    const ten = await postQuery(service.url, page(10));
    const twenty = await postQuery(service.url, page(20));
    expect(ten.status).toBe(200);
    // 1 (rateLimit) + 1 (cost) + 1 (connection) + first × (edges + cursor + node + tag)
    expect(ten.json.data.rateLimit.cost).toBe(3 + 10 * 4);
    expect(twenty.json.data.rateLimit.cost).toBe(3 + 20 * 4);
  });

  it('prices variables by their shape: page sizes and list lengths change the cost, the text of a string does not', async () => {
    const page = 'query($host: String!, $n: Int!) { rateLimit { cost } imagesForHost(host: $host, first: $n) { edges { cursor node { tag } } } }';
    const cost = async (variables: Record<string, unknown>) => (await postQuery(service.url, page, variables)).json.data.rateLimit.cost;
    expect(await cost({ host: 'ltsc2022', n: 10 })).toBe(3 + 10 * 4);
    expect(await cost({ host: '10.0.17763.5329', n: 10 })).toBe(3 + 10 * 4);
    expect(await cost({ host: 'ltsc2022', n: 20 })).toBe(3 + 20 * 4);
    const matrix = 'query($hosts: [String!]) { rateLimit { cost } compatibilityMatrix(hosts: $hosts, images: ["mcr.microsoft.com/windows/servercore:ltsc2022"]) { hosts } }';
    const matrixCost = async (hosts: string[]) => (await postQuery(service.url, matrix, { hosts })).json.data.rateLimit.cost;
    const one = await matrixCost(['10.0.20348.1']);
    expect(await matrixCost(['10.0.17763.1'])).toBe(one);
    expect(await matrixCost(['10.0.20348.1', '10.0.17763.1'])).toBe(one + 2);
    // A page size out of range is still refused after an in-range one was priced.
    const refused = await postQuery(service.url, page, { host: 'ltsc2022', n: 101 });
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each([0, 101, -5])('first: %p is refused before anything runs, naming the argument', async (first) => {
    const res = await postQuery(service.url, `{ imagesForHost(host: "ltsc2022", first: ${first}) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', limit: { name: 'pageSize', max: 100, found: first } });
  });

  it('bounds batches: up to GRAPHQL_MAX_BATCH operations run, more are refused', async () => {
    const op = { query: '{ releases(kind: SERVER) { key } }' };
    const two = await send(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([op, op]) });
    expect(two.status).toBe(200);
    expect(two.json).toHaveLength(2);
    const three = await send(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([op, op, op]) });
    expect(three.status).toBe(400);
    expect(three.json.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { name: 'batch', max: 2, found: 3 } });
  });

  it('caps the body size with a 413 that names the limit', async () => {
    const res = await postQuery(service.url, `{ windowsVersion(input: "${'x'.repeat(3000)}") { build } }`);
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: { name: 'bodyBytes', max: 2000 } });
  });

  it('abandons an operation past REQUEST_TIMEOUT_MS with a 503 TIMEOUT, and serves again after', async () => {
    const hold = holdImageTags(service.database, 2000);
    await hold.started;
    const res = await postQuery(service.url, '{ imagesForHost(host: "ltsc2019", first: 7) { totalCount } }');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', limit: { name: 'timeoutMs', max: 400 } });
    expect(res.ms).toBeLessThan(1500);
    await hold.done;
    const after = await postQuery(service.url, '{ imagesForHost(host: "ltsc2019", first: 7) { totalCount } }');
    expect(after.status).toBe(200);
  });
});

describe('request ids', () => {
  it('echoes a sane incoming x-request-id, in the header and in every error', async () => {
    const res = await postQuery(service.url, '{ nope }', undefined, { 'x-request-id': 'edge-7f3a.42' });
    expect(res.headers.get('x-request-id')).toBe('edge-7f3a.42');
    expect(res.json.errors[0].extensions.requestId).toBe('edge-7f3a.42');
  });

  it('replaces an unsafe one with a fresh UUID', async () => {
    const res = await postQuery(service.url, '{ releases { key } }', undefined, { 'x-request-id': 'has spaces "and quotes"' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the id on errors raised before Apollo (invalid JSON) and by Apollo before any plugin (CSRF)', async () => {
    const json = await send(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(json.status).toBe(400);
    expect(json.json.errors[0].extensions.requestId).toBe(json.headers.get('x-request-id'));
    const csrf = await send(`${service.url}?query=%7Breleases%7Bkey%7D%7D`, { method: 'GET' });
    expect(csrf.status).toBe(400);
    expect(csrf.json.errors[0].extensions.requestId).toBe(csrf.headers.get('x-request-id'));
  });
});
