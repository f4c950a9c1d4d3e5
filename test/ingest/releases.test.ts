/** Releases in releases.json's shape: the shared file, a correction, a conflicting build. */
import fs from 'node:fs';
import type { Database } from '../../src/data/database';
import { catalogSnapshot, expectBalanced, ingest, ingestFile, openSeededDatabase, sharedFile } from './ingest-support';

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(() => db.close());

const shared = () => JSON.parse(fs.readFileSync(sharedFile('releases.json'), 'utf8')) as Record<string, unknown>[];

it('the shared releases.json on the seeded catalog: 30 unchanged, version kept', async () => {
  const before = await catalogSnapshot(db.prisma);
  const r = await ingestFile(db.prisma, sharedFile('releases.json'), { kind: 'releases' });
  expect(r).toMatchObject({ status: 'completed', rowsRead: 30, unchanged: 30, changed: false, catalogVersion: before.version });
  expect(await catalogSnapshot(db.prisma)).toEqual(before);
});

it('a corrected end date is an update; a new release is an insert with its derived tags', async () => {
  const releases = shared();
  const ws2022 = releases.find((r) => r.name === 'Windows Server 2022')!;
  ws2022.extendedEnd = '2031-10-15';
  releases.push({
    name: 'Windows Server 2028', version: '28H2', build: 30000, channel: 'LTSC', kind: 'server', gaDate: '2028-11-01',
    mainstreamEnd: null, extendedEnd: null, mcrRepos: { 'mcr.microsoft.com/windows/servercore': ['ltsc2028'] },
    notes: 'test fixture: a fictional release', sources: ['test'],
  });
  const r = await ingest(db.prisma, JSON.stringify(releases, null, 2), { kind: 'releases', source: 'releases-2028.json' });
  expect(r).toMatchObject({ status: 'completed', rowsRead: 31, updated: 1, inserted: 1, unchanged: 29, changed: true });
  expectBalanced(r);
  expect(await db.prisma.release.findUnique({ where: { key: 'ws2022' } })).toMatchObject({ extendedEnd: new Date('2031-10-15T00:00:00Z') });
  expect(await db.prisma.release.findUnique({ where: { key: 'ws2028' } })).toMatchObject({ build: 30000, ltscName: 'ltsc2028' });
});

it('a release key moved to another build is a conflict with both builds in the reason', async () => {
  const before = await catalogSnapshot(db.prisma);
  const releases = shared().filter((r) => r.name === 'Windows Server 2019');
  releases[0].build = 17764;
  const r = await ingest(db.prisma, JSON.stringify(releases), { kind: 'releases' });
  expect(r).toMatchObject({ status: 'rejected', rejected: 1 });
  expect(r.problems).toEqual([{ line: 1, field: 'build', reason: 'release ws2019 is build 17763 in the catalog; this row says build 17764' }]);
  expect(await catalogSnapshot(db.prisma)).toEqual(before);
});

it('the same release twice in one file: the second is rejected', async () => {
  const ws2019 = shared().find((r) => r.name === 'Windows Server 2019')!;
  const r = await ingest(db.prisma, `[\n${JSON.stringify(ws2019)},\n${JSON.stringify(ws2019)}\n]`, { kind: 'releases', partial: true });
  expect(r).toMatchObject({ status: 'completed', unchanged: 1, rejected: 1 });
  expect(r.problems).toEqual([{ line: 3, field: 'row', reason: 'release ws2019 repeats line 2' }]);
});
