/**
 * Generators of malformed and hostile GraphQL-over-HTTP requests (fast-check arbitraries). Each is
 * wrong in at least one way the server must refuse with a 4xx, so a 2xx anywhere is a finding.
 * Row format of the result: { kind, method, query string (GET), headers, body }.
 */
import fc from 'fast-check';

export interface HostileRequest {
  readonly kind: string;
  readonly method: string;
  readonly search?: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (kind: string, body: unknown, headers: Record<string, string> = JSON_HEADERS): HostileRequest => ({
  kind,
  method: 'POST',
  headers,
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
});
const name = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,12}$/).map((s) => `zz${s}`);
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const notJson = (s: string) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
};

const invalidJson = fc
  .oneof(text(300).map((s) => `{"query": ${s}`), text(300), fc.constantFrom('{', '{"query": "{ releases { key } }"', "{'query': 1}", '{"query": "\\x"}', '\u0000'))
  .filter(notJson)
  .map((s) => post('invalid-json', s));

const nonObjectJson = fc.oneof(fc.integer(), text(50), fc.constant(null), fc.boolean(), fc.constant([])).map((v) => post('non-object-json', JSON.stringify(v)));

const wrongShape = fc
  .oneof(
    fc.record({ query: fc.oneof(fc.integer(), fc.array(text(10)), fc.constant(null), fc.constant(''), fc.dictionary(name, text(5))) }),
    fc.record({ query: fc.constant('{ releases { key } }'), variables: fc.oneof(text(20), fc.integer(), fc.array(fc.integer())) }),
    fc.record({ query: fc.constant('query A { releases { key } }'), operationName: fc.oneof(name, fc.integer()) }),
    fc.constant({}),
    fc.dictionary(name, text(10), { minKeys: 1 }),
  )
  .map((b) => post('wrong-shape', b));

/** Mostly just over the string limit, sometimes over the body limit too (bodies are the cost of this test). */
const sizes = (over: number, bodyLimit: number) =>
  fc.oneof({ arbitrary: fc.integer({ min: over, max: over * 10 }), weight: 4 }, { arbitrary: fc.integer({ min: bodyLimit, max: bodyLimit + 30_000 }), weight: 1 });

const hugeString = sizes(1001, 103_000).map((n) => post('huge-string', { query: `{ windowsVersion(input: "${'9'.repeat(n)}") { build } }` }));

const deepNesting = fc.oneof(
  fc.integer({ min: 9, max: 400 }).map((d) => post('deep-nesting', { query: `{ ${'zz { '.repeat(d)}x${' }'.repeat(d)} }` })),
  fc.integer({ min: 9, max: 400 }).map((d) => post('deep-nesting', { query: `{ releases ${'{ key '.repeat(d)}${'} '.repeat(d)}}` })),
  // Written as text: JSON.stringify itself would overflow the stack on 20,000 levels.
  fc.integer({ min: 2, max: 20_000 }).map((d) =>
    post('deep-nesting', `{"query":"query($v: String!) { windowsVersion(input: $v) { build } }","variables":{"v":${'['.repeat(d)}"x"${']'.repeat(d)}}}`),
  ),
);

const aliasBomb = fc.integer({ min: 16, max: 600 }).map((n) =>
  post('alias-bomb', { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: releases { key }`).join(' ')} }` }),
);

const wrongTypes = fc.oneof(
  fc.constantFrom(
    '{ release(build: "abc") { key } }',
    '{ releases(kind: NOPE) { key } }',
    '{ imagesForHost(host: 1, first: "x") { totalCount } }',
    '{ canRun(host: "ltsc2022") { summary } }',
    '{ releases { key { name } } }',
    '{ releases }',
    '{ update(kb: ["KB1"]) { version } }',
  ).map((query) => post('wrong-types', { query })),
  fc.oneof(text(10), fc.double({ noInteger: true }), fc.boolean(), fc.dictionary(name, fc.integer()), fc.constant(null), fc.constant(2 ** 31))
    .map((b) => post('wrong-types', { query: 'query($b: Int!) { release(build: $b) { key } }', variables: { b } })),
);

const unknownFields = fc
  .tuple(name, fc.constantFrom('{ %s }', '{ releases { %s } }', 'mutation { %s }', 'subscription { %s }', '{ ...%s }', 'query { canRun(%s: 1) { summary } }'))
  .map(([n, template]) => post('unknown-fields', { query: template.replace('%s', n) }));

const oversizeVariables = fc.oneof(
  sizes(1001, 103_000).map((n) => post('oversize-variables', { query: 'query($v: String!) { windowsVersion(input: $v) { build } }', variables: { v: 'x'.repeat(n) } })),
  fc.integer({ min: 101, max: 5000 }).map((n) => post('oversize-variables', { query: 'query($h: [String!]) { compatibilityMatrix(hosts: $h) { hosts } }', variables: { h: Array.from({ length: n }, () => 'ltsc2022') } })),
  fc.integer({ min: 103_000, max: 130_000 }).map((n) => post('oversize-variables', { query: '{ releases { key } }', variables: { blob: 'y'.repeat(n) } })),
);

const batches = fc.integer({ min: 0, max: 40 }).map((n) => post('batch', Array.from({ length: n }, () => ({ query: '{ releases { key } }' }))));

const contentTypes = fc
  .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', '')
  .map((ct) => post('content-type', { query: '{ releases { key } }' }, ct ? { 'content-type': ct } : {}));

const gets = fc.oneof(
  text(200).map((q) => ({ kind: 'get', method: 'GET', search: `?query=${encodeURIComponent(q)}`, headers: {} })),
  fc.constantFrom('{ zz }', 'mutation { __typename }', '{ releases { key', '').map((q) => ({
    kind: 'get',
    method: 'GET',
    search: `?query=${encodeURIComponent(q)}`,
    headers: { 'apollo-require-preflight': 'true' },
  })),
  fc.integer({ min: 17_000, max: 40_000 }).map((n) => ({ kind: 'get', method: 'GET', search: `?query=${'a'.repeat(n)}`, headers: { 'apollo-require-preflight': 'true' } })),
);

const methods = fc.constantFrom('PUT', 'PATCH', 'DELETE').map((method) => ({ ...post('method', { query: '{ releases { key } }' }), method }));

const directives = fc.integer({ min: 51, max: 200 }).map((n) =>
  post('directives', { query: `{ releases { key ${Array.from({ length: n }, () => '@skip(if: false)').join(' ')} } }` }),
);

const tokenFlood = fc.integer({ min: 1001, max: 5000 }).map((n) => post('token-flood', { query: `{ releases { ${'key '.repeat(n)}} }` }));

const fragments = fc.constantFrom(
  'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  'query { ...Missing }',
  'query { releases { ...F } } fragment F on Query { __typename }',
  'fragment A on Query { releases { key } }',
).map((query) => post('fragments', { query }));

const encodings = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => post('encoding', Buffer.concat([Buffer.from('{"query":"'), Buffer.from(bytes).map((b) => b | 0x80), Buffer.from('"')]))),
  fc.constantFrom('gzip', 'deflate', 'br', 'zstd', 'x-bogus').map((enc) => post('encoding', '{"query":"{ releases { key } }"}', { ...JSON_HEADERS, 'content-encoding': enc })),
  fc.constantFrom('latin1', 'utf-16', 'bogus').map((cs) => post('encoding', '{"query":"{ releases { key } }"}', { 'content-type': `application/json; charset=${cs}` })),
);

const syntax = text(120).map((s) => post('syntax', { query: `{ ${s}` }));

/** All kinds, equally likely; a hostile x-request-id rides along on some. */
export const hostileRequest: fc.Arbitrary<HostileRequest> = fc
  .tuple(
    fc.oneof(invalidJson, nonObjectJson, wrongShape, hugeString, deepNesting, aliasBomb, wrongTypes, unknownFields, oversizeVariables, batches, contentTypes, gets, methods, directives, tokenFlood, fragments, encodings, syntax),
    fc.option(fc.oneof(text(300), fc.constant('x'.repeat(5000))), { freq: 4 }),
  )
  .map(([req, requestId]) => (requestId === null ? req : { ...req, headers: { ...req.headers, 'x-request-id': requestId.replace(/[^\x20-\x7e]/g, '') } }));
