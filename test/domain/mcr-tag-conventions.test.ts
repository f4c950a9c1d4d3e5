import { parseImageReference } from '../../src/domain/image-reference';
import { deriveBaseImageTags } from '../../src/domain/mcr-tag-conventions';
import { resolveImage } from '../../src/domain/resolve-image';
import { seedCatalog } from '../fixtures/catalog';

const catalog = seedCatalog();
const rows = deriveBaseImageTags(catalog);
const has = (repository: string, tag: string) => rows.some((r) => r.repository === repository && r.tag === tag);
const NANO = 'mcr.microsoft.com/windows/nanoserver';
const CORE = 'mcr.microsoft.com/windows/servercore';

describe('deriveBaseImageTags', () => {
  it('has one row per (repository, tag)', () => {
    expect(new Set(rows.map((r) => `${r.repository}:${r.tag}`)).size).toBe(rows.length);
    expect(rows.every((r) => r.origin === 'derived' && r.arch === 'amd64')).toBe(true);
  });

  it.each([
    [NANO, '1809'], [NANO, '1809-amd64'], [NANO, '1809-KB4493509'], [NANO, '1809-KB4493509-amd64'],
    [NANO, '10.0.17763.437'], [NANO, '10.0.17763.437-amd64'], [CORE, 'ltsc2019'], [CORE, 'ltsc2016'],
    [CORE, '10.0.14393.1770'], ['mcr.microsoft.com/windows/server', 'ltsc2022-KB5015827'],
    ['mcr.microsoft.com/windows/server', '10.0.20348.825-amd64'], ['mcr.microsoft.com/windows', '20H2-KB5015807'],
    [CORE, '20H2-KB5016616'], [CORE, 'ltsc2025'],
  ])('derives %s:%s', (repository, tag) => {
    expect(has(repository, tag)).toBe(true);
  });

  it.each([
    [CORE, 'ltsc2016-KB4041691'], // 14393 images used 10.0.14393.R tags
    [CORE, '1607-KB4041691'],
    [CORE, '20H2-KB5026361'], // after 20H2 server support ended (2022-08-09)
    [CORE, '10.0.17763.1432'], // a Preview (D) release: no image
    ['mcr.microsoft.com/windows/server', '1809'],
  ])('does not derive %s:%s', (repository, tag) => {
    expect(has(repository, tag)).toBe(false);
  });

  it(`resolves every derived tag back to its build and revision (${rows.length} tags)`, () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      const ref = parseImageReference(`${row.repository}:${row.tag}`);
      const spec = ref.ok ? resolveImage(ref.value, catalog, null) : ref;
      if (!spec.ok) mismatches.push(`${row.repository}:${row.tag}: ${spec.error.message}`);
      else if (spec.value.build !== row.build || spec.value.revision !== row.revision || spec.value.floating !== row.floating)
        mismatches.push(`${row.repository}:${row.tag}: ${spec.value.build}.${spec.value.revision} != ${row.build}.${row.revision}`);
    }
    expect(mismatches).toEqual([]);
  });
});
