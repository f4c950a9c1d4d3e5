/**
 * The bundled seed after ingestion: re-seeding at start-up (every restart, every new replica) must
 * not wipe what ingestion added. Once a run has changed the catalog the bundled files are merged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/data/database';
import { DEFAULT_SEED_FILES, seedBundledCatalog } from '../../src/ingest/seed';
import { catalogSnapshot, fixture, ingestFile, openSeededDatabase } from './ingest-support';

let db: Database;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(() => db.close());

it('a restart after an ingestion keeps the ingested rows and records nothing', async () => {
  await ingestFile(db.prisma, fixture('patch-tuesday-2026-07.csv'), { kind: 'updates' });
  const before = await catalogSnapshot(db.prisma);
  const runs = await db.prisma.ingestRun.count();
  expect(await seedBundledCatalog(db.prisma)).toMatchObject({ changed: false, version: before.version });
  expect(await catalogSnapshot(db.prisma)).toEqual(before);
  expect(await db.prisma.update.count({ where: { kb: 'KB5099901' } })).toBe(1);
  expect(await db.prisma.ingestRun.count()).toBe(runs);
});

it('a newer bundled kb.csv is merged: its new row is added, ingested rows stay, the merge is a recorded run', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wincompat-seed-'));
  try {
    const kb = path.join(dir, 'kb.csv');
    fs.writeFileSync(kb, `${fs.readFileSync(DEFAULT_SEED_FILES.kb, 'utf8').trimEnd()}\nKB5099950,20348,5900,2026-12-08,Windows Server 2022,"bundled with a newer release of the service"\n`);
    const result = await seedBundledCatalog(db.prisma, { releases: DEFAULT_SEED_FILES.releases, kb });
    expect(result).toMatchObject({ changed: true, updates: 904 });
    expect(await db.prisma.update.count({ where: { kb: { in: ['KB5099950', 'KB5099901'] } } })).toBe(2);
    const [run] = await db.prisma.ingestRun.findMany({ orderBy: { id: 'desc' }, take: 1 });
    expect(run).toMatchObject({ source: 'bundled seed (merged)', kind: 'updates', inserted: 1, unchanged: 903, status: 'completed' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
