/**
 * Each class of bad input gets a clear report or error, and the catalog does not move:
 * truncated JSON, wrong encodings, CSV with missing columns, absurd numbers, duplicates (in
 * updates.test.ts), a document beyond the size cap.
 */
import fs from 'node:fs';
import type { Database } from '../../src/data/database';
import type { IngestReport } from '../../src/domain/ingest/ingest-report';
import { catalogSnapshot, ingest, openSeededDatabase, sharedFile } from './ingest-support';

let db: Database;
let before: Awaited<ReturnType<typeof catalogSnapshot>>;
beforeAll(async () => {
  db = await openSeededDatabase();
  before = await catalogSnapshot(db.prisma);
});
afterAll(() => db.close());
afterEach(async () => {
  expect(await catalogSnapshot(db.prisma)).toEqual(before);
});

const HEADER = 'kb,build,revision,date,product,source';
const failed = (r: IngestReport, reason: RegExp) => {
  expect(r.status).toBe('failed');
  expect(r.changed).toBe(false);
  expect(r.message).toMatch(reason);
  expect(r.problems).toEqual([expect.objectContaining({ field: 'file', reason: r.message })]);
};

describe('whole-file problems: the run fails, nothing is written, the run is recorded', () => {
  it('truncated JSON (releases.json cut in half) names where it ends', async () => {
    const text = fs.readFileSync(sharedFile('releases.json'), 'utf8');
    const r = await ingest(db.prisma, text.slice(0, Math.floor(text.length / 2)), { kind: 'releases' });
    failed(r, /^releases: the file ends inside (the object|the array|a string) .*on line \d+: it looks truncated$/);
    expect(await db.prisma.ingestRun.findUnique({ where: { id: r.id } })).toMatchObject({ status: 'failed' });
  });

  it('a truncated kubectl list and a truncated tag list', async () => {
    failed(await ingest(db.prisma, '{"apiVersion":"v1","items":[{"metadata":{"name":"a"', { kind: 'nodes' }), /looks truncated/);
    failed(await ingest(db.prisma, '{\n"name": "windows/servercore",\n"tags": ["ltsc2022", "1809"', { kind: 'tags' }), /array opened on line 3: it looks truncated/);
  });

  it('UTF-16 (with a byte order mark) is refused, with the fix', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]);
    failed(await ingest(db.prisma, utf16, { kind: 'updates' }), /UTF-16 .*save it as UTF-8/);
  });

  it('UTF-16 without a byte order mark shows as NUL bytes', async () => {
    failed(await ingest(db.prisma, Buffer.from(`${HEADER}\n`, 'utf16le'), { kind: 'updates' }), /NUL bytes near line 1/);
  });

  it('invalid UTF-8 (a Latin-1 file) names the line', async () => {
    const latin1 = Buffer.from(`${HEADER}\nKB5099920,20348,5600,2026-09-08,Windows Server 2022,"Mise à jour"\n`, 'latin1');
    failed(await ingest(db.prisma, latin1, { kind: 'updates' }), /not valid UTF-8 \(a bad byte on line 2,/);
  });

  it('a UTF-8 byte order mark is fine', async () => {
    const r = await ingest(db.prisma, `\uFEFF${HEADER}\n`, { kind: 'updates' });
    expect(r).toMatchObject({ status: 'completed', rowsRead: 0, changed: false });
  });

  it('CSV with missing columns names them', async () => {
    failed(await ingest(db.prisma, 'kb,build,date\nKB5099920,20348,2026-09-08\n', { kind: 'updates' }),
      /^CSV header on line 1: missing column\(s\): product, source, build and revision \(or version\); the header has "kb", "build", "date"$/);
  });

  it('an empty file, and a CSV with an unclosed quote', async () => {
    failed(await ingest(db.prisma, '', { kind: 'updates' }), /no CSV header/);
    failed(await ingest(db.prisma, '', { kind: 'releases' }), /not valid JSON/);
    failed(await ingest(db.prisma, `${HEADER}\nKB5099920,20348,5600,2026-09-08,"Windows Server 2022,x\n`, { kind: 'updates' }), /not readable as CSV: the quoted field opened on line 2 is never closed/);
  });

  it('a single JSON document beyond 64 MiB stops at the cap (streamed, never held whole), suggesting JSON lines', async () => {
    const mib = Buffer.alloc(1024 * 1024, 0x20);
    async function* huge() {
      yield '[';
      for (let i = 0; i < 70; i++) yield mib;
    }
    failed(await ingest(db.prisma, huge(), { kind: 'releases' }), /at most 64 MiB; send big inputs as JSON lines/);
  });
});

describe('row problems: rejected with line, field and reason', () => {
  it('absurd numbers: build 99999999, revision -1, build 7601, a 30 February, JSON lines with wrong types', async () => {
    const csv = [
      HEADER,
      'KB5099920,99999999,5600,2026-09-08,Windows Server 2022,x',
      'KB5099921,20348,-1,2026-09-08,Windows Server 2022,x',
      'KB5099922,7601,5600,2026-09-08,Windows 7,x',
      'KB5099923,20348,5601,2026-02-30,Windows Server 2022,x',
      'KB123,20348,5602,2026-09-08,Windows Server 2022,x',
      'KB5099924,20348,5603,2026-09-08,Windows Server 2022',
    ].join('\n');
    const r = await ingest(db.prisma, csv, { kind: 'updates' });
    expect(r).toMatchObject({ status: 'rejected', rowsRead: 6, rejected: 6, inserted: 0 });
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([[2, 'build'], [3, 'revision'], [4, 'build'], [5, 'date'], [6, 'kb'], [7, 'row']]);
    expect(r.problems[0].reason).toBe('build of KB5099920 must be an integer from 1 to 65535, got "99999999"');
    expect(r.problems[1].reason).toBe('revision of KB5099921 must be an integer from 0 to 65535, got "-1"');
    expect(r.problems[2].reason).toMatch(/Windows 10 \/ Windows Server 2016 or later build \(10240..65535\), got 7601/);
    expect(r.problems[5].reason).toBe('has 5 field(s); the header has 6');
  });

  it('JSON lines: a line that is not JSON (a truncated last line) and wrong types', async () => {
    const lines = [
      '{"kb":"KB5099925","build":20348,"revision":5610,"date":"2026-09-08","product":"Windows Server 2022","source":"x"}',
      '{"kb":"KB5099926","build":20348.5,"revision":5611,"date":"2026-09-08","product":"Windows Server 2022","source":"x"}',
      '{"kb":"KB5099927","build":20348,"revision":5612,"date":"2026-09-08","product":null,"source":"x"}',
      '{"kb":"KB5099928","build":20348,"revision":5613,"date":"2026-09-08","prod',
    ].join('\n');
    const r = await ingest(db.prisma, lines, { kind: 'updates' });
    expect(r).toMatchObject({ status: 'rejected', rowsRead: 4, rejected: 3 });
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([[2, 'build'], [3, 'product'], [4, 'json']]);
  });

  it('releases with a wrong build and a bad date', async () => {
    const releases = JSON.parse(fs.readFileSync(sharedFile('releases.json'), 'utf8'));
    releases[2].build = -5;
    releases[4].gaDate = '2019-13-01';
    const r = await ingest(db.prisma, JSON.stringify(releases, null, 2), { kind: 'releases' });
    expect(r).toMatchObject({ status: 'rejected', rowsRead: 30, rejected: 2 });
    expect(r.problems.map((p) => p.field)).toEqual(['build', 'gaDate']);
    expect(r.problems[0].line).toBeGreaterThan(1); // the line of the element, not of the file
  });
});
