import { gql } from '../support/graphql-client';
import { startTestService, type TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.stop());

const RESOLVE = 'query($r: String!) { resolveImage(reference: $r) { build revision } }';
const VERSION = 'query($v: String!) { windowsVersion(input: $v) { build revision } }';

/** Row format: [what, query, variables, expected extensions.code, expected field, a fragment of the message]. */
const BAD_INPUTS: [string, string, Record<string, unknown>, string, string, RegExp][] = [
  ['a malformed version', VERSION, { v: '10.0.abc' }, 'INVALID_VERSION', 'input', /10\.0\.abc/],
  ['an absurd build number', VERSION, { v: '10.0.99999999.1' }, 'INVALID_VERSION', 'input', /99999999/],
  ['a misspelt product name', VERSION, { v: 'Windows Srever 2022' }, 'UNKNOWN_VERSION', 'input', /Windows Srever 2022/],
  ['an unknown KB', VERSION, { v: 'KB9999999' }, 'UNKNOWN_KB', 'input', /KB9999999/],
  ['the latest tag', RESOLVE, { r: 'mcr.microsoft.com/windows/servercore:latest' }, 'LATEST_TAG_NOT_PUBLISHED', 'image', /2019-04-16/],
  ['no tag on a base image', RESOLVE, { r: 'mcr.microsoft.com/windows/nanoserver' }, 'LATEST_TAG_NOT_PUBLISHED', 'image', /latest/],
  ['an unknown tag', RESOLVE, { r: 'mcr.microsoft.com/windows/servercore:ltsc2021' }, 'UNKNOWN_TAG', 'image', /ltsc2021/],
  ['a broken reference', RESOLVE, { r: 'MCR.microsoft.com//bad ref' }, 'INVALID_IMAGE_REFERENCE', 'image', /bad ref|reference/i],
];

describe('bad input gets a typed error that says what and where', () => {
  it.each(BAD_INPUTS)('%s', async (_what, query, variables, code, field, message) => {
    const res = await gql(service.url, query, variables);
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    const [e] = res.errors!;
    expect(e.extensions).toMatchObject({ code, field });
    expect(e.message).toMatch(message);
    expect(JSON.stringify(e)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack frames
  });

  it('suggests the tags a near-miss probably meant', async () => {
    const res = await gql(service.url, RESOLVE, { r: 'mcr.microsoft.com/windows/servercore:ltsc2021' });
    expect(res.errors![0].extensions!.suggestions).toEqual(expect.arrayContaining(['ltsc2022']));
  });

  it('rejects a KB that is not a KB number, and names an unknown one', async () => {
    const bad = await gql(service.url, '{ update(kb: "4041691x") { version } }');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'INVALID_VERSION', field: 'kb' });
    const unknown = await gql(service.url, '{ update(kb: "KB1234567") { version } }');
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'UNKNOWN_KB', field: 'kb' });
  });

  it('bounds page sizes and rejects cursors it did not issue', async () => {
    const big = await gql(service.url, '{ imagesForHost(host: "ltsc2022", first: 1000) { totalCount } }');
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await gql(service.url, '{ imagesForHost(host: "ltsc2022", first: 5, after: "garbage") { totalCount } }');
    expect(cursor.errors![0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('answers a body that is not JSON with a 400 GraphQL error, not a stack trace', async () => {
    const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ releases { name }' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|node_modules/);
  });

  it('answers a syntax error in the query with a 400 and GRAPHQL_PARSE_FAILED', async () => {
    const res = await gql(service.url, '{ canRun(host: "1", image: ');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a wrong argument type with a 400 and no stack trace', async () => {
    const res = await gql(service.url, '{ release(build: "abc") { name } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].extensions!.stacktrace).toBeUndefined();
  });
});
