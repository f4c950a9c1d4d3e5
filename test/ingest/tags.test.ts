/**
 * Registry tag lists (GET /v2/<name>/tags/list) with image indexes: observed tags win over derived
 * ones, non-Windows entries are skipped and counted, conflicts are rejected, 50,000 tags stream.
 */
import type { Database } from '../../src/data/database';
import { catalogSnapshot, expectBalanced, fixture, ingest, ingestFile, openSeededDatabase } from './ingest-support';

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(() => db.close());

const SERVERCORE = 'mcr.microsoft.com/windows/servercore';
const tag = (t: string, repository = SERVERCORE) => db.prisma.imageTag.findFirst({ where: { tag: t, repository: { name: repository } } });

it('a tag list with image indexes (one JSON document): observed tags, grammar tags, skips', async () => {
  const before = await catalogSnapshot(db.prisma);
  expect(await tag('ltsc2022')).toMatchObject({ origin: 'derived', build: 20348, revision: 5256 });
  const r = await ingestFile(db.prisma, fixture('servercore-tags.json'), { kind: 'tags' });
  expectBalanced(r);
  // 12 tags: 4 with a Windows os.version, each replacing a derived row (updated); 1809_KB4493509 and
  // win10-21h1-preview read by the grammar and new (inserted); 3 known to the grammar and stored
  // (unchanged); a Linux-only index, an unknown tag and latest (skipped).
  expect(r).toMatchObject({ status: 'completed', rowsRead: 12, rejected: 0, skipped: 3, inserted: 2, updated: 4, unchanged: 3, changed: true });
  expect(r.message).toBe('3 non-Windows manifest entries ignored');
  expect(await tag('10.0.17763.5329')).toMatchObject({ origin: 'observed', build: 17763, revision: 5329, floating: false });
  expect(await tag('ltsc2022')).toMatchObject({ origin: 'observed', build: 20348, revision: 5256, floating: true });
  expect(await tag('ltsc2022-KB5015827')).toMatchObject({ origin: 'observed', build: 20348, revision: 825, floating: false });
  expect(await tag('1809_KB4493509')).toMatchObject({ origin: 'derived', build: 17763, revision: 437 });
  expect(await tag('win10-21h1-preview')).toMatchObject({ origin: 'derived', build: 20348, revision: null, floating: true });
  for (const skipped of ['cbl-mariner-sidecar', 'insider-preview-build', 'latest']) expect(await tag(skipped)).toBeNull();
  expect((await catalogSnapshot(db.prisma)).version).not.toBe(before.version);
});

it('the same list as JSON lines: every tag unchanged, version kept', async () => {
  const before = await catalogSnapshot(db.prisma);
  const r = await ingestFile(db.prisma, fixture('servercore-tags.jsonl'), { kind: 'tags' });
  expect(r).toMatchObject({ status: 'completed', rowsRead: 12, unchanged: 9, skipped: 3, inserted: 0, updated: 0, changed: false, catalogVersion: before.version });
});

it('an observed tag seen at another build is a conflict; a floating tag moving forward is an update', async () => {
  const before = await catalogSnapshot(db.prisma);
  const index = (t: string, v: string) => JSON.stringify({ tag: t, manifests: [{ platform: { os: 'windows', architecture: 'amd64', 'os.version': v } }] });
  const file = [JSON.stringify({ name: 'windows/servercore', tags: ['10.0.17763.5329', 'ltsc2022'] }), index('10.0.17763.5329', '10.0.20348.5329'), index('ltsc2022', '10.0.20348.5380')].join('\n');
  const rejected = await ingest(db.prisma, file, { kind: 'tags' });
  expect(rejected).toMatchObject({ status: 'rejected', rejected: 1 });
  expect(rejected.problems).toEqual([{ line: 2, field: 'os.version', reason: `${SERVERCORE}:10.0.17763.5329 was observed as 10.0.17763.5329; this file says 10.0.20348.5329 (another build)` }]);
  expect(await catalogSnapshot(db.prisma)).toEqual(before);
  const partial = await ingest(db.prisma, file, { kind: 'tags', partial: true });
  expect(partial).toMatchObject({ status: 'completed', updated: 1, rejected: 1 });
  expect(await tag('ltsc2022')).toMatchObject({ origin: 'observed', revision: 5380 });
});

it('an index with several Windows versions, a bad os.version, a bad tag name: rejected rows', async () => {
  const file = [
    JSON.stringify({ name: 'windows/nanoserver', tags: ['multi', 'bad version', 'odd'] }),
    JSON.stringify({ tag: 'multi', manifests: [17763, 20348].map((b) => ({ platform: { os: 'windows', architecture: 'amd64', 'os.version': `10.0.${b}.1` } })) }),
    JSON.stringify({ tag: 'odd', manifests: [{ platform: { os: 'windows', architecture: 'amd64', 'os.version': '6.3.9600' } }] }),
  ].join('\n');
  const r = await ingest(db.prisma, file, { kind: 'tags', partial: true });
  expect(r.problems.map((p) => [p.line, p.field])).toEqual([[1, 'tags'], [2, 'os.version'], [3, 'os.version']]);
  expect(r.problems[1].reason).toBe('multi lists several Windows versions (10.0.17763.1, 10.0.20348.1); the catalog keeps one per tag');
});

it('50,000 observed tags of a new repository stream in as JSON lines, then re-ingest unchanged', async () => {
  const N = 50_000;
  const tags = Array.from({ length: N }, (_, i) => `app-${String(i).padStart(5, '0')}`);
  async function* lines() {
    yield `${JSON.stringify({ name: 'contoso/app', tags })}\n`;
    for (let i = 0; i < N; i += 1000) {
      yield tags.slice(i, i + 1000).map((t, j) => JSON.stringify({ tag: t, manifests: [{ platform: { os: 'windows', architecture: 'amd64', 'os.version': `10.0.20348.${(i + j) % 5000}` } }] })).join('\n') + '\n';
    }
  }
  const first = await ingest(db.prisma, lines(), { kind: 'tags', registry: 'registry.contoso.example' });
  expect(first).toMatchObject({ status: 'completed', rowsRead: N, inserted: N });
  expect(await db.prisma.imageTag.count({ where: { repository: { name: 'registry.contoso.example/contoso/app' } } })).toBe(N);
  const again = await ingest(db.prisma, lines(), { kind: 'tags', registry: 'registry.contoso.example' });
  expect(again).toMatchObject({ status: 'completed', unchanged: N, changed: false });
}, 60_000);
