/**
 * The base image inside the tag of a Microsoft image built on Windows (.NET,
 * PowerShell, IIS …), e.g. `4.8-windowsservercore-ltsc2022`, `lts-nanoserver-1809`,
 * `8.0-nanoserver-ltsc2022-amd64`, `4.8-windowsservercore-10.0.17763.437`:
 *
 *   tag     := ( token "-" )* base "-" release ( "-" token )*
 *   base    := "windowsservercore" | "servercore" | "nanoserver" | "windowsserver" | "server"
 *   release := a base-image release code (any case) | "10.0." build "." revision
 *
 * Only the base's release is known; the revision moves with every rebuild.
 */
import { RELEASE_TAG_CODES } from './mcr-tag';
import { isWindows10, parseWindowsVersion } from './windows-version';

export interface DerivedBase {
  readonly base: 'servercore' | 'nanoserver' | 'server';
  /** Canonical release code (`20H2`, `ltsc2022`), or null when the tag names a version. */
  readonly releaseCode: string | null;
  readonly build: number | null;
  readonly revision: number | null;
}

const BASES: Readonly<Record<string, DerivedBase['base']>> = {
  windowsservercore: 'servercore',
  servercore: 'servercore',
  nanoserver: 'nanoserver',
  windowsserver: 'server',
  server: 'server',
};
const CODES = new Map(RELEASE_TAG_CODES.map((c) => [c.toLowerCase(), c]));

export function findDerivedBase(tag: string): DerivedBase | null {
  if (tag.length > 128) return null;
  const tokens = tag.split('-');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const base = BASES[tokens[i].toLowerCase()];
    if (!base) continue;
    const next = tokens[i + 1];
    const code = CODES.get(next.toLowerCase());
    if (code) return { base, releaseCode: code, build: null, revision: null };
    const v = parseWindowsVersion(next);
    if (v.ok && isWindows10(v.value)) return { base, releaseCode: null, build: v.value.build, revision: v.value.revision };
  }
  return null;
}
