/**
 * Windows versions as Windows itself prints them.
 *
 *   version  := number "." number "." build [ "." revision ]
 *   number   := "0" | [1-9][0-9]{0,2}          (major, minor: 0..255, stored as bytes)
 *   build    := "0" | [1-9][0-9]{0,4}          (0..65535, stored as a 16-bit word)
 *   revision := "0" | [1-9][0-9]{0,4}          (0..65535, the registry's UBR, also 16-bit)
 *
 * No sign, no leading zeros, no surrounding text: every accepted string is
 * canonical, so formatWindowsVersion(parseWindowsVersion(s)) === s.
 */
import { domainError, type DomainError } from './errors';
import { err, ok, type Result } from './result';
import type { WindowsVersion } from './windows-version.types';

export const MAX_VERSION_INPUT = 256;
const MAX_BYTE = 255;
const MAX_WORD = 65535;
// Bounded quantifiers and no nesting: linear on any input.
const VERSION = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,4})(?:\.(0|[1-9]\d{0,4}))?$/;

export function parseWindowsVersion(input: string, field = 'version'): Result<WindowsVersion, DomainError> {
  const bad = (why: string) =>
    err(domainError('INVALID_VERSION', `${field} "${clip(input)}" is not a Windows version: ${why}`, input, { field }));
  if (input.length > MAX_VERSION_INPUT) return bad(`longer than ${MAX_VERSION_INPUT} characters`);
  const m = VERSION.exec(input);
  if (!m) return bad('expected major.minor.build[.revision], e.g. 10.0.20348.2340 or 10.0.17763');
  const [major, minor, build] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const revision = m[4] === undefined ? null : Number(m[4]);
  if (major > MAX_BYTE || minor > MAX_BYTE) return bad(`major and minor are at most ${MAX_BYTE}`);
  if (build > MAX_WORD) return bad(`build ${build} is over ${MAX_WORD}; Windows stores it in 16 bits`);
  if (revision !== null && revision > MAX_WORD)
    return bad(`revision ${revision} is over ${MAX_WORD}; Windows stores it in 16 bits`);
  return ok({ major, minor, build, revision });
}

export const formatWindowsVersion = (v: WindowsVersion): string =>
  `${v.major}.${v.minor}.${v.build}${v.revision === null ? '' : `.${v.revision}`}`;

/** Windows containers exist only on NT 10.0 (Windows 10, 11, Server 2016 and later). */
export const isWindows10 = (v: WindowsVersion): boolean => v.major === 10 && v.minor === 0;

export const compareBuild = (a: WindowsVersion, b: WindowsVersion): number =>
  a.major - b.major || a.minor - b.minor || a.build - b.build;

/** Orders full versions; an unknown revision sorts before every known one of the same build. */
export const compareWindowsVersions = (a: WindowsVersion, b: WindowsVersion): number =>
  compareBuild(a, b) || (a.revision ?? -1) - (b.revision ?? -1);

export const windowsVersion = (build: number, revision: number | null = null): WindowsVersion => ({
  major: 10,
  minor: 0,
  build,
  revision,
});

/** Echoes user input in messages without letting a hostile string flood them. */
export const clip = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max)}…` : s);
