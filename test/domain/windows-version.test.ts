import fc from 'fast-check';
import {
  compareWindowsVersions,
  formatWindowsVersion,
  parseWindowsVersion,
} from '../../src/domain/windows-version';
import { INVALID_VERSIONS, VALID_VERSIONS } from '../fixtures/windows-versions';

describe('parseWindowsVersion', () => {
  it.each(VALID_VERSIONS)('parses %s', (s, major, minor, build, revision) => {
    expect(parseWindowsVersion(s)).toEqual({ ok: true, value: { major, minor, build, revision } });
  });

  it.each(VALID_VERSIONS)('round-trips %s', (s) => {
    const v = parseWindowsVersion(s);
    expect(v.ok && formatWindowsVersion(v.value)).toBe(s);
  });

  it.each(INVALID_VERSIONS)('rejects %j (%s) with INVALID_VERSION naming the field', (s) => {
    const r = parseWindowsVersion(s, 'imageOsVersion');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_VERSION');
    expect(r.error.field).toBe('imageOsVersion');
    expect(r.error.input).toBe(s);
    expect(r.error.message).toContain('imageOsVersion');
  });

  it('round-trips every generated canonical version', () => {
    const part = (max: number) => fc.integer({ min: 0, max });
    fc.assert(
      fc.property(part(255), part(255), part(65535), fc.option(part(65535)), (major, minor, build, revision) => {
        const v = { major, minor, build, revision };
        const s = formatWindowsVersion(v);
        expect(parseWindowsVersion(s)).toEqual({ ok: true, value: v });
      }),
      { numRuns: 2000 },
    );
  });

  it('orders by build, then revision, with an unknown revision first', () => {
    const sorted = ['10.0.20348.1', '10.0.17763.5329', '10.0.17763', '10.0.17763.437', '10.0.14393.1770']
      .map((s) => parseWindowsVersion(s))
      .map((r) => (r.ok ? r.value : null)!)
      .sort(compareWindowsVersions)
      .map(formatWindowsVersion);
    expect(sorted).toEqual(['10.0.14393.1770', '10.0.17763', '10.0.17763.437', '10.0.17763.5329', '10.0.20348.1']);
  });
});
