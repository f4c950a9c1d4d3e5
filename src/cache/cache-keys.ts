import { createHash } from 'node:crypto';
import type { Arch, HostKind } from '../domain/release';

/**
 * Pure cache-key builders. Shape:
 *
 *   compat:v1:<rulesVersion>:<catalogVersion>:<operation>:<part>:<part>:...
 *
 * - `v1` (CACHE_SCHEMA_VERSION) changes when the cached value's shape changes: bump it and every
 *   old entry is ignored. The rules and catalog versions are arguments, so a rule change or a new
 *   catalog import produces new keys without any flush.
 * - Each part is trimmed, NFC-normalised, then percent-encoded (':' included), so no input can
 *   forge a separator: `a:b` + `c` never equals `a` + `b:c`.
 * - An absent part is `~`; '~' is itself escaped in values, so absent != "~" != "".
 * - A part whose encoding exceeds MAX_PART_LENGTH (or that is not well-formed UTF-16) becomes `#` + sha256 (base64url); '#' never
 *   appears in an encoded value, so a hash cannot collide with a literal. Keys are thus bounded
 *   whatever the request size.
 */
export const CACHE_SCHEMA_VERSION = 'v1';
export const CACHE_KEY_PREFIX = `compat:${CACHE_SCHEMA_VERSION}:`;
export const MAX_PART_LENGTH = 64;

export type KeyPart = string | number | null | undefined;

/** The data versions every key depends on; passed in by the caller, never read globally. */
export interface CacheKeyVersions {
  readonly rulesVersion: string | number;
  readonly catalogVersion: string | number;
}

export function encodeKeyPart(part: KeyPart): string {
  if (part === null || part === undefined) return '~';
  if (typeof part === 'number' && !Number.isFinite(part)) throw new RangeError(`key part must be finite, got ${part}`);
  const text = String(part).trim().normalize('NFC');
  const encoded = percentEncode(text);
  if (encoded !== null && encoded.length <= MAX_PART_LENGTH) return encoded;
  // UTF-16 code units, not UTF-8: UTF-8 would map every lone surrogate to U+FFFD and collide.
  return '#' + createHash('sha256').update(Buffer.from(text, 'utf16le')).digest('base64url');
}

/** null for strings encodeURIComponent rejects (lone surrogates); those get hashed instead. */
function percentEncode(text: string): string | null {
  try {
    // encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ); escape '~' (our absent marker) too.
    return encodeURIComponent(text).replace(/~/g, '%7E');
  } catch {
    return null;
  }
}

/** Generic builder; prefer the named ones below so every call site uses the same field order. */
export function buildCacheKey(versions: CacheKeyVersions, operation: string, parts: readonly KeyPart[]): string {
  const head = [versions.rulesVersion, versions.catalogVersion, operation].map(encodeKeyPart);
  return CACHE_KEY_PREFIX + [...head, ...parts.map(encodeKeyPart)].join(':');
}

export interface CanRunKeyInput {
  readonly host: string;
  readonly image: string;
  readonly hostKind?: HostKind | null;
  readonly hostArch?: Arch | null;
  readonly imageOsVersion?: string | null;
}

export function canRunKey(versions: CacheKeyVersions, input: CanRunKeyInput): string {
  return buildCacheKey(versions, 'canRun', [
    input.host,
    input.image,
    input.hostKind,
    input.hostArch,
    input.imageOsVersion,
  ]);
}

export interface ImagesForHostKeyInput {
  readonly host: string;
  readonly isolation?: string | null;
  readonly repository?: string | null;
  readonly hostKind?: HostKind | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export function imagesForHostKey(versions: CacheKeyVersions, input: ImagesForHostKeyInput): string {
  return buildCacheKey(versions, 'imagesForHost', [
    input.host,
    input.isolation,
    input.repository,
    input.hostKind,
    input.first,
    input.after,
  ]);
}
