import type { ImageTagRecord } from '../../src/domain/image';
import { parseImageReference } from '../../src/domain/image-reference';
import { resolveImage } from '../../src/domain/resolve-image';
import { seedCatalog } from '../fixtures/catalog';
import { RESOLVED_IMAGES, UNRESOLVED_IMAGES } from '../fixtures/resolve-images';

const catalog = seedCatalog();
const ref = (s: string) => {
  const r = parseImageReference(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('resolveImage', () => {
  it.each(RESOLVED_IMAGES)(
    '%s (imageOsVersion %s) -> %s %s.%s via %s',
    (reference, osVersion, origin, build, revision, versionSource, floating, arch, archSource) => {
      const r = resolveImage(ref(reference), catalog, null, osVersion);
      if (!r.ok) throw new Error(r.error.message);
      const expectedRevision = revision === 'latest' ? catalog.latestSecurityUpdate(build!)!.revision : revision;
      expect(r.value).toMatchObject({ origin, build, revision: expectedRevision, versionSource, floating, arch, archSource });
      if (build !== null) expect(r.value.release?.build).toBe(build);
      expect(r.value.interpretation.length).toBeGreaterThan(0);
    },
  );

  it.each(UNRESOLVED_IMAGES)('%s (imageOsVersion %s) -> %s', (reference, osVersion, code, fragment) => {
    const r = resolveImage(ref(reference), catalog, null, osVersion);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect([r.error.message, ...(r.error.suggestions ?? [])].join(' | ')).toContain(fragment);
  });

  it('prefers the catalog row over the tag grammar', () => {
    const row: ImageTagRecord = {
      repository: 'mcr.microsoft.com/windows/servercore', tag: 'ltsc2019', build: 17763, revision: 5329,
      arch: 'amd64', origin: 'observed', floating: true,
    };
    const r = resolveImage(ref('mcr.microsoft.com/windows/servercore:ltsc2019'), catalog, row);
    expect(r.ok && r.value).toMatchObject({ build: 17763, revision: 5329, versionSource: 'catalog', archSource: 'catalog', floating: true });
  });

  it('tells a custom image to pass imageOsVersion', () => {
    const r = resolveImage(ref('contoso/app:1.0'), catalog, null);
    expect(r.ok && r.value.interpretation.join(' ')).toContain("docker inspect --format '{{.OsVersion}}'");
  });

  it('reads a Windows Server release for an image build shared with a client', () => {
    const r = resolveImage(ref('mcr.microsoft.com/windows/servercore:ltsc2025'), catalog, null);
    expect(r.ok && r.value.release?.key).toBe('ws2025');
  });
});
