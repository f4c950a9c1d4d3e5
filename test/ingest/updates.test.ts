/** Update histories (KB → build.revision): the shared kb.csv, a new month as CSV and JSON lines, conflicts, duplicates, partial mode. */
import type { Database } from '../../src/data/database';
import { resetCatalog } from '../support/test-database';
import { catalogSnapshot, expectBalanced, fixture, ingest, ingestFile, openSeededDatabase, sharedFile } from './ingest-support';

// One database for the file: tests use KB numbers of their own, and the one that empties the catalog runs last.
let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(() => db.close());

const HEADER = 'kb,build,revision,date,product,source';

describe('the shared kb.csv', () => {
  it('on the seeded catalog: every row unchanged, the catalog version too', async () => {
    const before = await catalogSnapshot(db.prisma);
    const r = await ingestFile(db.prisma, sharedFile('kb.csv'), { kind: 'updates' });
    expect(r).toMatchObject({ status: 'completed', rowsRead: 903, inserted: 0, updated: 0, unchanged: 903, rejected: 0, changed: false, source: 'kb.csv' });
    expect(r.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await catalogSnapshot(db.prisma)).toEqual(before);
  });

});

describe('a new Patch Tuesday', () => {
  it('as CSV: inserted, the version moves, and derived tags follow (new KB tags, floating tags move)', async () => {
    const before = await catalogSnapshot(db.prisma);
    const r = await ingestFile(db.prisma, fixture('patch-tuesday-2026-07.csv'), { kind: 'updates' });
    expect(r).toMatchObject({ status: 'completed', rowsRead: 4, inserted: 4, rejected: 0, changed: true });
    expectBalanced(r);
    expect(r.catalogVersion).not.toBe(before.version);
    expect((await catalogSnapshot(db.prisma)).version).toBe(r.catalogVersion);
    const kb = await db.prisma.update.findMany({ where: { kb: { startsWith: 'KB50999' } }, orderBy: { kb: 'asc' } });
    expect(kb.map((u) => [u.kb, u.build, u.revision, u.kind])).toEqual([
      ['KB5099901', 20348, 5380, 'security'],
      ['KB5099902', 17763, 9001, 'security'],
      ['KB5099903', 26100, 33120, 'security'],
      ['KB5099904', 20348, 5399, 'preview'],
    ]);
    const tag = (t: string) => db.prisma.imageTag.findFirst({ where: { tag: t, repository: { name: 'mcr.microsoft.com/windows/servercore' } } });
    expect(await tag('ltsc2022-KB5099901')).toMatchObject({ build: 20348, revision: 5380, origin: 'derived' });
    expect(await tag('ltsc2022')).toMatchObject({ build: 20348, revision: 5380, floating: true }); // the preview (5399) is not a base image
    expect(await tag('ltsc2019')).toMatchObject({ build: 17763, revision: 9001 });
  });

  it('the same month as JSON lines (version column, numbers or text): the same facts, so all unchanged', async () => {
    const before = await catalogSnapshot(db.prisma);
    const r = await ingestFile(db.prisma, fixture('patch-tuesday-2026-07.jsonl'), { kind: 'updates' });
    expect(r).toMatchObject({ status: 'completed', rowsRead: 4, unchanged: 4, changed: false, catalogVersion: before.version });
    expect(await catalogSnapshot(db.prisma)).toEqual(before);
  });
});

describe('conflicting facts are rejected rows, never overwrites', () => {
  const row = (kb: string, build: number, rev: number, date: string) => `${kb},${build},${rev},${date},Windows Server 2022,"test row"`;

  it('a KB the catalog maps to another revision, and a known key with another date: both values in the reason; nothing written', async () => {
    const before = await catalogSnapshot(db.prisma);
    const csv = [HEADER, row('KB5015827', 20348, 826, '2022-07-12'), row('KB5015827', 20348, 825, '2022-07-13'), row('KB5099911', 20348, 5500, '2026-08-11')].join('\n');
    const r = await ingest(db.prisma, csv, { kind: 'updates' });
    expect(r).toMatchObject({ status: 'rejected', rowsRead: 3, rejected: 2, inserted: 0, changed: false });
    expect(r.problems).toEqual([
      { line: 2, field: 'revision', reason: 'KB5015827 is already mapped to 20348.825 for build 20348 in the catalog; this row says 20348.826' },
      { line: 3, field: 'date', reason: 'KB5015827 (20348.825) is dated 2022-07-12 in the catalog; this row says 2022-07-13' },
    ]);
    expect(r.message).toMatch(/nothing was written \(partial mode would write the other 1\)/);
    expect(await catalogSnapshot(db.prisma)).toEqual(before);
  });

  it('partial mode writes the good rows and reports the rest', async () => {
    const csv = [HEADER, row('KB5015827', 20348, 826, '2022-07-12'), row('KB5099911', 20348, 5500, '2026-08-11')].join('\n');
    const r = await ingest(db.prisma, csv, { kind: 'updates', partial: true });
    expect(r).toMatchObject({ status: 'completed', partial: true, inserted: 1, rejected: 1, changed: true });
    expect(r.problems).toHaveLength(1);
    expect(await db.prisma.update.count({ where: { kb: 'KB5099911' } })).toBe(1);
    expect(await db.prisma.update.findMany({ where: { kb: 'KB5015827' } })).toHaveLength(1);
  });

  it('duplicate rows within a file: the first counts, each repeat is rejected naming the first line', async () => {
    const csv = [HEADER, row('KB5099913', 20348, 5503, '2026-08-11'), row('KB5099913', 20348, 5503, '2026-08-11'), row('KB5099913', 20348, 5503, '2026-08-12')].join('\r\n');
    const r = await ingest(db.prisma, csv, { kind: 'updates', partial: true });
    expect(r).toMatchObject({ inserted: 1, rejected: 2 });
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'KB5099913 for 20348.5503 repeats line 2'],
      [4, 'KB5099913 for 20348.5503 repeats line 2'], // one row per fact, whatever its other fields say
    ]);
  });

  it('one KB may bring two revisions of a build the catalog does not have it for (as KB4015217 did)', async () => {
    const csv = [HEADER, row('KB5099912', 20348, 5501, '2026-08-11'), row('KB5099912', 20348, 5502, '2026-08-11')].join('\n');
    expect(await ingest(db.prisma, csv, { kind: 'updates' })).toMatchObject({ status: 'completed', inserted: 2 });
    expect(await ingest(db.prisma, csv, { kind: 'updates' })).toMatchObject({ status: 'completed', unchanged: 2, changed: false });
  });

  it('new product or source text for a known row is an update', async () => {
    const csv = [HEADER, 'KB5015827,20348,825,2022-07-12,Windows Server 2022 Datacenter,"corrected title"'].join('\n');
    const r = await ingest(db.prisma, csv, { kind: 'updates' });
    expect(r).toMatchObject({ status: 'completed', updated: 1, changed: true });
    expect(await db.prisma.update.findFirst({ where: { kb: 'KB5015827' } })).toMatchObject({ product: 'Windows Server 2022 Datacenter', source: 'corrected title' });
  });
});

describe('the shared kb.csv, last', () => {
  it('into an empty catalog: 903 inserted, then idempotent (same file twice: all unchanged, version kept)', async () => {
    await resetCatalog(db.prisma);
    const first = await ingestFile(db.prisma, sharedFile('kb.csv'), { kind: 'updates' });
    expect(first).toMatchObject({ status: 'completed', inserted: 903, unchanged: 0, changed: true });
    const after = await catalogSnapshot(db.prisma);
    expect(after.updates).toBe(903);
    const second = await ingestFile(db.prisma, sharedFile('kb.csv'), { kind: 'updates' });
    expect(second).toMatchObject({ status: 'completed', inserted: 0, updated: 0, unchanged: 903, changed: false, catalogVersion: first.catalogVersion });
    expect(second.contentSha256).toBe(first.contentSha256);
    expect(await catalogSnapshot(db.prisma)).toEqual(after);
  });
});
