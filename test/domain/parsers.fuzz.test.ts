/**
 * Every parser returns a Result for any string and never throws or stalls: arbitrary
 * strings, strings over each grammar's alphabet, and mutations of valid inputs.
 */
import fc from 'fast-check';
import { parseHostInput } from '../../src/domain/host-input';
import { parseImageReference } from '../../src/domain/image-reference';
import { parseMcrTag } from '../../src/domain/mcr-tag';
import { findDerivedBase } from '../../src/domain/derived-image-tag';
import { resolveImage } from '../../src/domain/resolve-image';
import { parseWindowsVersion } from '../../src/domain/windows-version';
import { seedCatalog } from '../fixtures/catalog';
import { HOST_INPUTS } from '../fixtures/host-inputs';
import { IMAGE_REFERENCES } from '../fixtures/image-references';
import { MCR_TAGS } from '../fixtures/mcr-tags';
import { VALID_VERSIONS } from '../fixtures/windows-versions';

const catalog = seedCatalog();
const RUNS = { numRuns: 2000 };

const parsers: ReadonlyArray<readonly [string, (s: string) => unknown, string, readonly string[]]> = [
  ['parseWindowsVersion', parseWindowsVersion, '0123456789.-+ ', VALID_VERSIONS.map(([s]) => s)],
  ['parseHostInput', (s) => parseHostInput(s, catalog, {}), '0123456789.kKbB[]() ,-_HhWwindowsServerVrsamdfe\n', HOST_INPUTS.map(([s]) => s)],
  ['parseImageReference', parseImageReference, 'abc019./:@-_[]ABsha256', IMAGE_REFERENCES.map(([s]) => s)],
  ['parseMcrTag', parseMcrTag, 'ltsc0129KB-_amd64H.', MCR_TAGS.map(([s]) => s)],
  ['findDerivedBase', (s: string) => ({ ok: true, value: findDerivedBase(s) }), 'nanoserverwindowscore-ltsc2019.', ['4.8-windowsservercore-ltsc2022']],
  [
    'parseImageReference + resolveImage',
    (s) => {
      const ref = parseImageReference(`mcr.microsoft.com/windows/servercore:${s}`);
      return ref.ok ? resolveImage(ref.value, catalog, null) : ref;
    },
    'ltsc0129KB-_amd64H.',
    MCR_TAGS.map(([s]) => s),
  ],
];

const DOMAIN_CODES = ['INVALID_VERSION', 'UNKNOWN_VERSION', 'AMBIGUOUS_VERSION', 'UNKNOWN_KB', 'INVALID_IMAGE_REFERENCE', 'UNKNOWN_TAG', 'LATEST_TAG_NOT_PUBLISHED', 'CONFLICTING_INPUT'];

/** A Result: ok with a value, or an error with a typed code and a message. */
const isResult = (r: unknown): boolean => {
  if (typeof r !== 'object' || r === null) return false;
  const res = r as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (res.ok === true) return true;
  return res.ok === false && DOMAIN_CODES.includes(res.error?.code as string) && typeof res.error?.message === 'string' && res.error.message.length > 0;
};

/** Applies one edit: insert, delete, replace or repeat a slice. */
const mutation = (seeds: readonly string[], alphabet: string) =>
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.constantFrom(...alphabet.split('')), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 300 }))
    .map(([seed, a, b, ch, op, times]) => {
      const i = seed.length ? a % seed.length : 0;
      const j = Math.min(seed.length, i + (b % 8));
      if (op === 0) return seed.slice(0, i) + ch + seed.slice(i);
      if (op === 1) return seed.slice(0, i) + seed.slice(j);
      if (op === 2) return seed.slice(0, i) + ch + seed.slice(i + 1);
      return seed.slice(0, i) + seed.slice(i, j).repeat(times) + seed.slice(j);
    });

describe.each(parsers)('%s', (_name, parse, alphabet, seeds) => {
  // A hang (catastrophic backtracking) shows up as jest's per-test timeout; speed itself is
  // measured by the benchmarks, never asserted here.
  const quick = (s: string) => {
    expect(isResult(parse(s))).toBe(true);
  };

  it('returns a result for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => quick(s)), RUNS);
  });

  it('returns a result for any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => quick(s)), RUNS);
  });

  it("returns a result for strings over the grammar's alphabet", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength: 300 }), (s) => quick(s)), RUNS);
  });

  it('never stalls on a mutation of valid input', () => {
    fc.assert(fc.property(mutation(seeds, alphabet), (s) => quick(s)), RUNS);
  });

  it.each([
    '9'.repeat(5000),
    '1.'.repeat(2000),
    'a-'.repeat(2000) + '!',
    'Windows Server '.repeat(400),
    '[Version ' + '1.'.repeat(500),
    '10.0 14393 (' + 'a'.repeat(5000),
    'a/'.repeat(2000) + 'A',
    'a' + '-'.repeat(5000) + '!',
  ])('returns a result on hostile input %#', (s) => quick(s));
});
