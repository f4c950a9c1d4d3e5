import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/data/database';
import { PrismaCatalogRepository } from '../../src/data/catalog.repository';
import { deriveBaseImageTags } from '../../src/domain/mcr-tag-conventions';
import { ReleaseCatalog } from '../../src/domain/release-catalog';
import { releaseFromRecord, updateFromRow, type ReleaseRecord, type UpdateRow } from '../../src/domain/release-record';
import { DEFAULT_SEED_FILES, SeedDataError, parseCsv, seedBundledCatalog } from '../../src/ingest/seed';
import { openTestDatabase, resetCatalog } from '../support/test-database';

// The bundled files, converted here independently of the seed, are the expected content.
const records = JSON.parse(fs.readFileSync(DEFAULT_SEED_FILES.releases, 'utf8')) as ReleaseRecord[];
const kbRows = parseCsv(fs.readFileSync(DEFAULT_SEED_FILES.kb, 'utf8')) as unknown as UpdateRow[];
const unwrap = <T>(r: { ok: true; value: T } | { ok: false }): T => (r.ok ? r.value : fail('bad seed record'));
const releases = records.map((r) => unwrap(releaseFromRecord(r)));
const updates = kbRows.map((r) => unwrap(updateFromRow(r)));
const tags = deriveBaseImageTags(new ReleaseCatalog(releases, updates));

const tmpFile = (name: string, text: string): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wincompat-seed-')), name);
  fs.writeFileSync(file, text);
  return file;
};

describe('seedBundledCatalog', () => {
  let db: Database;
  beforeAll(async () => { db = await openTestDatabase(); });
  afterAll(() => db?.close());

  const counts = async () => ({
    releases: await db.prisma.release.count(),
    updates: await db.prisma.update.count(),
    tags: await db.prisma.imageTag.count(),
    repositories: await db.prisma.imageRepository.count(),
    version: (await db.prisma.catalogState.findUnique({ where: { id: 1 } }))?.version,
  });

  it('loads 30 releases, 903 updates and every derived tag', async () => {
    await resetCatalog(db.prisma);
    const started = performance.now();
    const result = await seedBundledCatalog(db.prisma);
    console.log(`seed (${db.kind}): ${Math.round(performance.now() - started)} ms for ${result.tags} tags`);
    expect(result).toMatchObject({ releases: 30, updates: 903, tags: tags.length, changed: true });
    expect(tags.length).toBeGreaterThan(1000);
    expect(await counts()).toEqual({ releases: 30, updates: 903, tags: tags.length, repositories: 4, version: result.version });
    // One KB can name two revisions of one build (KB4015217 → 14393.1066 and .1083): 898 (kb, build) pairs.
    const pairs = await db.prisma.update.groupBy({ by: ['kb', 'build'] });
    expect(pairs).toHaveLength(898);
  });

  it('round-trips releases and updates to equal domain values', async () => {
    const catalog = await new PrismaCatalogRepository(db.prisma).loadCatalog();
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...catalog.releases].sort(byKey)).toEqual([...releases].sort(byKey));
    const id = (u: { kb: string; build: number; revision: number }) => `${u.build}.${u.revision}.${u.kb}`;
    expect(catalog.updates.map(id).sort()).toEqual(updates.map(id).sort());
    expect(new Set(catalog.updates.map((u) => JSON.stringify(u)))).toEqual(new Set(updates.map((u) => JSON.stringify(u))));
  });

  it('changes nothing and keeps the version when run again', async () => {
    const before = await counts();
    const stateBefore = await db.prisma.catalogState.findUniqueOrThrow({ where: { id: 1 } });
    const again = await seedBundledCatalog(db.prisma);
    expect(again).toMatchObject({ changed: false, version: before.version });
    expect(await counts()).toEqual(before);
    expect((await db.prisma.catalogState.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(stateBefore.updatedAt);
  });

  it('gives the same version for the same content in a fresh database', async () => {
    const { version } = await counts();
    await resetCatalog(db.prisma);
    expect(await new PrismaCatalogRepository(db.prisma).catalogVersion()).toBe('empty');
    expect((await seedBundledCatalog(db.prisma)).version).toBe(version);
  });

  it('rolls back a seed that fails inside the transaction', async () => {
    const before = await counts();
    // A release listed twice passes validation but breaks release.key's unique index, after the deletes ran.
    const releasesFile = tmpFile('releases.json', JSON.stringify([...records, records[0]]));
    await expect(seedBundledCatalog(db.prisma, { ...DEFAULT_SEED_FILES, releases: releasesFile })).rejects.toThrow(/Unique constraint/i);
    expect(await counts()).toEqual(before);
  });

  it('rejects a broken file before writing anything, naming the bad row', async () => {
    const before = await counts();
    const csv = fs.readFileSync(DEFAULT_SEED_FILES.kb, 'utf8').replace('KB3176929,14393,10,', 'KB3176929,14393,ten,');
    const seed = seedBundledCatalog(db.prisma, { ...DEFAULT_SEED_FILES, kb: tmpFile('kb.csv', csv) });
    await expect(seed).rejects.toThrow(SeedDataError);
    await expect(seed).rejects.toThrow(/#1 revision of KB3176929/);
    expect(await counts()).toEqual(before);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,\n')).toEqual([{ a: 'x, y', b: 'say "hi"' }, { a: '1', b: '' }]);
  });
});
