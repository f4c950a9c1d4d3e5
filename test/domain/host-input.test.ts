import { parseHostInput } from '../../src/domain/host-input';
import { formatWindowsVersion } from '../../src/domain/windows-version';
import { seedCatalog } from '../fixtures/catalog';
import { HOST_ERRORS, HOST_INPUTS } from '../fixtures/host-inputs';

const catalog = seedCatalog();

describe('parseHostInput', () => {
  it.each(HOST_INPUTS)(
    '%j %j -> %s %s %s (%s) %s (%s) %s',
    (input, hints, form, buildRev, kind, kindSource, arch, archSource, releaseKey) => {
      const r = parseHostInput(input, catalog, hints);
      if (!r.ok) throw new Error(r.error.message);
      const h = r.value;
      expect(h.input).toBe(input);
      expect(formatWindowsVersion(h.version)).toBe(`10.0.${buildRev}`);
      expect({ form: h.form, kind: h.kind, kindSource: h.kindSource, arch: h.arch, archSource: h.archSource }).toEqual({
        form, kind, kindSource, arch, archSource,
      });
      expect(h.release?.key ?? null).toBe(releaseKey);
      if (h.release) expect(h.release.kind).toBe(h.kind);
    },
  );

  it.each(HOST_ERRORS)('%j %j -> %s', (input, hints, code, fragment) => {
    const r = parseHostInput(input, catalog, hints);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.input).toBe(input);
    expect([r.error.message, ...(r.error.suggestions ?? [])].join(' | ')).toContain(fragment);
  });

  it('says how a shared build was read', () => {
    const r = parseHostInput('17763', catalog, {});
    expect(r.ok && r.value.interpretation).toContain(
      'Build 17763 is shared by Windows Server 2019 and Windows 10, version 1809; read as the server — pass hostKind: CLIENT for the client.',
    );
  });

  it('says what a KB is and that the arch was assumed', () => {
    const r = parseHostInput('KB4041691', catalog, {});
    expect(r.ok && r.value.interpretation).toEqual(
      expect.arrayContaining(['KB4041691 is 10.0.14393.1770 (released 2017-10-10).', 'No architecture given: read as amd64.']),
    );
  });

  it('keeps an absent revision null, never 0', () => {
    for (const input of ['17763', '10.0.17763', 'Windows Server 2019', '1809', 'ltsc2019']) {
      const r = parseHostInput(input, catalog, {});
      expect(r.ok && r.value.version.revision).toBeNull();
    }
  });

  it('lists the candidates of an ambiguous version code as suggestions', () => {
    const r = parseHostInput('22H2', catalog, {});
    expect(!r.ok && r.error.suggestions).toEqual(['Windows 10, version 22H2', 'Windows 11, version 22H2']);
  });

  it('resolves a KB with the kind hint when it narrows to one build', () => {
    // KB4524570 covers 18362 and 18363, both server and client: a hint cannot narrow it.
    const r = parseHostInput('KB4524570', catalog, { kind: 'client' });
    expect(!r.ok && r.error.suggestions).toEqual(['10.0.18362.476', '10.0.18363.476']);
  });
});
