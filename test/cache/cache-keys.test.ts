import fc from 'fast-check';
import {
  CACHE_KEY_PREFIX,
  CACHE_SCHEMA_VERSION,
  MAX_PART_LENGTH,
  buildCacheKey,
  canRunKey,
  encodeKeyPart,
  imagesForHostKey,
} from '../../src/cache/cache-keys';

const versions = { rulesVersion: 'r3', catalogVersion: '2025-06-10' };
const canRun = { host: '10.0.20348.2340', image: 'mcr.microsoft.com/windows/servercore:ltsc2022' };

describe('cache keys', () => {
  it('has the documented shape and schema version', () => {
    expect(CACHE_SCHEMA_VERSION).toBe('v1');
    expect(canRunKey(versions, { ...canRun, hostKind: 'server', hostArch: 'amd64' })).toBe(
      'compat:v1:r3:2025-06-10:canRun:10.0.20348.2340:mcr.microsoft.com%2Fwindows%2Fservercore%3Altsc2022:server:amd64:~',
    );
    expect(imagesForHostKey(versions, { host: 'ltsc2019', first: 20 })).toBe(
      'compat:v1:r3:2025-06-10:imagesForHost:ltsc2019:~:~:~:20:~',
    );
  });

  it('is stable: same input, same key', () => {
    expect(canRunKey(versions, canRun)).toBe(canRunKey({ ...versions }, { ...canRun }));
  });

  it('changes when the rules or the catalog version changes', () => {
    const base = canRunKey(versions, canRun);
    expect(canRunKey({ ...versions, rulesVersion: 'r4' }, canRun)).not.toBe(base);
    expect(canRunKey({ ...versions, catalogVersion: '2025-07-08' }, canRun)).not.toBe(base);
  });

  it('distinguishes every field, and absent from empty from "~"', () => {
    const keys = [
      canRunKey(versions, canRun),
      canRunKey(versions, { ...canRun, hostKind: 'server' }),
      canRunKey(versions, { ...canRun, hostKind: 'client' }),
      canRunKey(versions, { ...canRun, hostArch: 'arm64' }),
      canRunKey(versions, { ...canRun, imageOsVersion: '10.0.20348.1' }),
      canRunKey(versions, { ...canRun, imageOsVersion: '' }),
      canRunKey(versions, { ...canRun, imageOsVersion: '~' }),
      imagesForHostKey(versions, { host: canRun.host }),
      imagesForHostKey(versions, { host: canRun.host, after: 'abc' }),
      imagesForHostKey(versions, { host: canRun.host, isolation: 'hyperv' }),
      imagesForHostKey(versions, { host: canRun.host, first: 10 }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cannot be forged by moving separators between parts', () => {
    const a = buildCacheKey(versions, 'op', ['a:b', 'c']);
    const b = buildCacheKey(versions, 'op', ['a', 'b:c']);
    const c = buildCacheKey({ rulesVersion: 'r3:2025-06-10', catalogVersion: 'x' }, 'op', []);
    expect(a).not.toBe(b);
    expect(c.startsWith(CACHE_KEY_PREFIX + 'r3%3A2025-06-10:')).toBe(true);
  });

  it('hashes long parts, keeping keys bounded for 10 KB inputs', () => {
    const huge = 'A'.repeat(10_000);
    const key = canRunKey(versions, { host: huge, image: huge + 'x', imageOsVersion: '\u{1F433}'.repeat(5000) });
    expect(key.length).toBeLessThan(300);
    expect(canRunKey(versions, { host: huge, image: huge })).not.toBe(canRunKey(versions, { host: huge, image: huge + 'x' }));
    expect(encodeKeyPart(huge)).toMatch(/^#[A-Za-z0-9_-]{43}$/);
  });

  it('never throws, even on lone surrogates, and keeps them apart', () => {
    expect(encodeKeyPart('\uD800')).not.toBe(encodeKeyPart('\uDBFF'));
    expect(() => encodeKeyPart(Number.NaN)).toThrow(RangeError);
  });

  it('property: distinct part lists give distinct keys, each part within the length bound', () => {
    const part = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), fc.array(part, { maxLength: 4 }), (p, q) => {
        const norm = (xs: (string | null)[]) => JSON.stringify(xs.map((x) => (x === null ? x : x.trim().normalize('NFC'))));
        const kp = buildCacheKey(versions, 'op', p);
        const kq = buildCacheKey(versions, 'op', q);
        for (const encoded of kp.slice(CACHE_KEY_PREFIX.length).split(':')) expect(encoded.length).toBeLessThanOrEqual(MAX_PART_LENGTH);
        return (kp === kq) === (norm(p) === norm(q));
      }),
      { numRuns: 2000 },
    );
  });

  it('normalises inputs: surrounding spaces and Unicode composition do not split the cache', () => {
    expect(encodeKeyPart('  ltsc2022 ')).toBe(encodeKeyPart('ltsc2022'));
    expect(encodeKeyPart('caf\u0065\u0301')).toBe(encodeKeyPart('caf\u00e9'));
  });
});
