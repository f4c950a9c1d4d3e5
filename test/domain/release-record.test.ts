import { releaseFromRecord, updateFromRow, type ReleaseRecord, type UpdateRow } from '../../src/domain/release-record';
import { seedCatalog } from '../fixtures/catalog';

const catalog = seedCatalog();
const byKey = (key: string) => catalog.releases.find((r) => r.key === key)!;

describe('releaseFromRecord on the seed catalog', () => {
  it('converts all 30 releases with unique keys', () => {
    expect(catalog.releases).toHaveLength(30);
    expect(new Set(catalog.releases.map((r) => r.key)).size).toBe(30);
  });

  it.each([
    ['ws2016', 'windows-server', 'LTSC', 'ltsc2016', 14393],
    ['ws2019', 'windows-server', 'LTSC', 'ltsc2019', 17763],
    ['ws2022', 'windows-server', 'LTSC', 'ltsc2022', 20348],
    ['ws2025', 'windows-server', 'LTSC', 'ltsc2025', 26100],
    ['ws-1709', 'windows-server', 'SAC', null, 16299],
    ['ws-1809', 'windows-server', 'SAC', null, 17763],
    ['ws-20h2', 'windows-server', 'SAC', null, 19042],
    ['ws-23h2', 'windows-server', 'AC', null, 25398],
    ['win10-1607', 'windows-10', 'GA', null, 14393],
    ['win10-22h2', 'windows-10', 'GA', null, 19045],
    ['win11-21h2', 'windows-11', 'GA', null, 22000],
    ['win11-24h2', 'windows-11', 'GA', null, 26100],
  ])('derives %s', (key, family, channel, ltscName, build) => {
    expect(byKey(key)).toMatchObject({ family, channel, ltscName, build });
  });

  it.each([
    ['ws2019', ['windows server 2019', 'server 2019', 'ws2019', 'ltsc2019', '1809']],
    ['ws-1903', ['windows server, version 1903', 'windows server 1903', 'windows server version 1903', '1903']],
    ['win10-1809', ['windows 10, version 1809', 'windows 10 1809', 'win10 1809', 'windows 10 version 1809', '1809']],
    ['win11-23h2', ['windows 11 23h2', 'win11 23h2', '23h2']],
    ['win10-1607', ['windows 10 anniversary update', 'windows 10, version 1607 (anniversary update)']],
    ['ws-20h2', ['20h2']],
    ['win11-24h2', ['24h2']],
  ])('gives %s the aliases people type', (key, aliases) => {
    expect(byKey(key).aliases).toEqual(expect.arrayContaining(aliases));
    for (const a of byKey(key).aliases) expect(a).toBe(a.toLowerCase());
  });

  it.each([
    ['ws2019', 'mcr.microsoft.com/windows/servercore', ['ltsc2019', '1809']],
    ['ws2019', 'mcr.microsoft.com/windows/nanoserver', ['1809']], // "ltsc2019 … verify" is dropped
    ['ws-20h2', 'mcr.microsoft.com/windows/servercore', ['20H2', '2009']],
    ['ws2016', 'mcr.microsoft.com/windows/nanoserver', ['sac2016']],
    ['ws2025', 'mcr.microsoft.com/windows/servercore', ['ltsc2025']],
  ])('keeps only floating tags: %s %s', (key, repo, tags) => {
    expect(byKey(key).baseImageTags[repo]).toEqual(tags);
  });

  it('gives releases without base images no tags', () => {
    expect(byKey('ws-23h2').baseImageTags).toEqual({});
    expect(byKey('win11-24h2').baseImageTags).toEqual({});
  });
});

const goodRecord: ReleaseRecord = {
  name: 'Windows Server 2022', version: '21H2', build: 20348, channel: 'LTSC', kind: 'server',
  gaDate: '2021-08-18', mainstreamEnd: '2026-10-13', extendedEnd: '2031-10-14', mcrRepos: {},
};

describe('releaseFromRecord on bad records', () => {
  it.each([
    ['name', { name: 'Linux 6' }],
    ['kind', { kind: 'desktop' }],
    ['kind', { kind: 'client' }],
    ['version', { version: '2022' + 'x' }],
    ['build', { build: 70000 }],
    ['build', { build: 1.5 }],
    ['channel', { channel: 'Insider' }],
    ['gaDate', { gaDate: '2021-02-30' }],
    ['mainstreamEnd', { mainstreamEnd: '08/18/2021' }],
    ['extendedEnd', { extendedEnd: '2020-01-01' }],
    ['mcrRepos', { mcrRepos: null }],
  ])('names the bad field %s', (field, patch) => {
    const r = releaseFromRecord({ ...goodRecord, ...patch } as unknown as ReleaseRecord);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });
});

const goodRow: UpdateRow = {
  kb: 'kb4493509', build: '17763', revision: '437', date: '2019-04-09', product: 'Windows Server 2019',
  source: "title 'April 9, 2019—KB4493509 (OS Build 17763.437)'",
};

describe('updateFromRow', () => {
  it('normalises the KB and reads the kind from the title', () => {
    expect(updateFromRow(goodRow)).toEqual({
      ok: true,
      value: { kb: 'KB4493509', build: 17763, revision: 437, releaseDate: '2019-04-09', product: 'Windows Server 2019', kind: 'security', source: goodRow.source },
    });
    expect(updateFromRow({ ...goodRow, source: 'x (OS Build 17763.1432) Preview' }).ok && 'preview').toBe('preview');
    const oob = updateFromRow({ ...goodRow, source: 'x (OS Build 14393.4048) Out-of-band' });
    expect(oob.ok && oob.value.kind).toBe('out-of-band');
  });

  it.each([
    ['kb', { kb: 'KB12345' }],
    ['kb', { kb: 'Q4493509' }],
    ['build', { build: '65536' }],
    ['build', { build: '17763.5' }],
    ['revision', { revision: '-1' }],
    ['revision', { revision: '' }],
    ['date', { date: '2019-13-01' }],
  ])('names the bad field %s', (field, patch) => {
    const r = updateFromRow({ ...goodRow, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });

  it('reads every kb.csv row, with the documented seed rows', () => {
    expect(catalog.updates).toHaveLength(903);
    for (const [kb, build, revision] of [
      ['KB4041691', 14393, 1770], ['KB4051033', 14393, 1914], ['KB4053579', 14393, 1944],
      ['KB4534273', 17763, 973], ['KB4493509', 17763, 437],
    ] as const) expect(catalog.updatesForKb(kb)).toEqual([expect.objectContaining({ build, revision })]);
  });
});
