/** Bearer tokens over real HTTP: mutations need one; queries stay open; typed errors for each failure. */
import type { TestService } from '../support/test-service';
import { createToken, gqlAs, REPORT_FIELDS, startIngestService } from './http-support';

let service: TestService;
let token: string;
let revoked: string;
beforeAll(async () => {
  service = await startIngestService();
  const made = await createToken(service, 'ci-job');
  token = made.token;
  revoked = (await made.auth.create('old-laptop')).token;
  await made.auth.revoke('old-laptop');
});
afterAll(() => service.stop());

const MUTATION = `mutation($c: String!) { ingestUpdates(content: $c) { ${REPORT_FIELDS} } }`;
const CONTENT = 'kb,build,revision,date,product,source\nKB5099930,20348,5700,2026-10-13,Windows Server 2022,"test row"\n';
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

it.each([
  ['no Authorization header', 'UNAUTHENTICATED', null],
  ['an empty header', 'UNAUTHENTICATED', ''],
  ['Basic credentials', 'UNAUTHENTICATED', 'Basic dXNlcjpwYXNz'],
  ['a bearer that is not one of our tokens', 'UNAUTHENTICATED', 'Bearer not-a-token'],
  ['an unknown token of the right form', 'FORBIDDEN', `Bearer wct_${'A'.repeat(43)}`],
])('%s → %s, and nothing is written', async (_what, expected, header) => {
  const res = await gqlAs(service.url, header, MUTATION, { c: CONTENT });
  expect(code(res)).toBe(expected);
  expect(res.data).toBeNull();
  expect(await service.database.prisma.update.count({ where: { kb: 'KB5099930' } })).toBe(0);
});

it('a revoked token → FORBIDDEN, saying it was revoked', async () => {
  const res = await gqlAs(service.url, `Bearer ${revoked}`, MUTATION, { c: CONTENT });
  expect(code(res)).toBe('FORBIDDEN');
  expect(res.errors![0].message).toMatch(/"old-laptop"\) was revoked/);
  expect(JSON.stringify(res)).not.toContain(revoked);
});

it('a valid token ingests; the run records the token name as its source; ingestRuns is open', async () => {
  const res = await gqlAs(service.url, `Bearer ${token}`, MUTATION, { c: CONTENT });
  expect(res.errors).toBeUndefined();
  expect(res.data!.ingestUpdates).toMatchObject({ kind: 'UPDATES', status: 'COMPLETED', source: 'graphql:ci-job', inserted: 1, changed: true });
  const runs = await gqlAs(service.url, null, '{ ingestRuns(first: 5) { id source status inserted } }');
  expect(runs.data!.ingestRuns[0]).toMatchObject({ id: res.data!.ingestUpdates.id, source: 'graphql:ci-job', inserted: 1 });
  const tokens = await service.database.prisma.apiToken.findMany();
  expect(tokens.map((t) => t.tokenHash)).not.toContain(token); // only the hash is stored
  expect(tokens.every((t) => /^[0-9a-f]{64}$/.test(t.tokenHash))).toBe(true);
});

it('a file that cannot be read → INVALID_INGEST_FILE with the run id and the reason', async () => {
  const res = await gqlAs(service.url, `Bearer ${token}`, 'mutation($c: String!) { ingestReleases(content: $c) { id } }', { c: '[{"name": "Windows' });
  expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_INGEST_FILE', kind: 'releases', line: 0 });
  expect(res.errors![0].extensions!.reason).toMatch(/looks truncated/);
  expect(await service.database.prisma.ingestRun.findUnique({ where: { id: res.errors![0].extensions!.runId } })).toMatchObject({ status: 'failed' });
});

it('rejected rows come back as a REJECTED report (not an error), partial: true writes the rest', async () => {
  const bad = `${CONTENT}KB5099931,20348,-1,2026-10-13,Windows Server 2022,x\n`.replace('KB5099930', 'KB5099932').replace('5700', '5701');
  const q = `mutation($c: String!, $p: Boolean) { ingestUpdates(content: $c, partial: $p, source: "october.csv") { ${REPORT_FIELDS} } }`;
  const all = await gqlAs(service.url, `Bearer ${token}`, q, { c: bad });
  expect(all.data!.ingestUpdates).toMatchObject({ status: 'REJECTED', source: 'october.csv', rejected: 1, inserted: 0, problems: [{ line: 3, field: 'revision' }] });
  const partial = await gqlAs(service.url, `Bearer ${token}`, q, { c: bad, p: true });
  expect(partial.data!.ingestUpdates).toMatchObject({ status: 'COMPLETED', partial: true, rejected: 1, inserted: 1 });
});

describe('large files in mutations', () => {
  let service: Awaited<ReturnType<typeof startIngestService>>;
  beforeAll(async () => {
    service = await startIngestService();
  });
  afterAll(() => service.stop());

  const big = `kb,build,revision,date,product,source\n${Array.from({ length: 3000 }, (_, i) => `KB${9000000 + i},30001,${i + 1},2026-01-13,Bench,generated`).join('\n')}\n`;
  const MUTATION = 'mutation($c: String!) { ingestUpdates(content: $c, source: "big.csv") { status rowsRead } }';

  it('accepts a file larger than the default body limit from a valid token', async () => {
    expect(Buffer.byteLength(big)).toBeGreaterThan(100 * 1024);
    const { token } = await createToken(service, 'big-file');
    const res = await gqlAs(service.url, `Bearer ${token}`, MUTATION, { c: big });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestUpdates.rowsRead).toBe(3000);
  });

  it('refuses the same body without a valid token before reading it (413)', async () => {
    const res = await gqlAs(service.url, 'Bearer wct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', MUTATION, { c: big });
    expect(res.status).toBe(413);
    expect(res.errors![0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
