import { normalizeAlias } from './release-catalog';
import type { Channel, HostKind, ReleaseFamily } from './release';

/** What the alias rules need to know about a release. */
export interface AliasSubject {
  readonly key: string;
  readonly name: string;
  readonly family: ReleaseFamily;
  readonly kind: HostKind;
  readonly channel: Channel;
  readonly versionCode: string;
  readonly ltscName: string | null;
}

const CLIENT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  'windows-10': ['windows 10', 'win10'],
  'windows-11': ['windows 11', 'win11'],
};

/**
 * The names a person types for a release, lower-case and normalised the way
 * ReleaseCatalog.releasesNamed normalises its input. The bare version code is on
 * every release that has it, so "1809" names three releases: the host parser,
 * not this list, decides which one is meant.
 */
export function releaseAliases(r: AliasSubject): string[] {
  const v = r.versionCode.toLowerCase();
  const withoutNicknames = r.name.replace(/\s*\([^()]*\)/g, '');
  const nicknames = [...r.name.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]);
  const aliases = [r.name, withoutNicknames, r.key, v];
  if (r.kind === 'server' && r.ltscName !== null) {
    const year = r.ltscName.slice('ltsc'.length);
    aliases.push(`windows server ${year}`, `server ${year}`, `ws${year}`, `ws ${year}`, r.ltscName);
  } else if (r.kind === 'server') {
    aliases.push(
      `windows server, version ${v}`,
      `windows server ${v}`,
      `windows server version ${v}`,
      `server ${v}`,
      `ws ${v}`,
      `ws${v}`,
    );
  } else {
    const [full, short] = CLIENT_NAMES[r.family] ?? ['', ''];
    aliases.push(`${full}, version ${v}`, `${full} ${v}`, `${full} version ${v}`, `${short} ${v}`);
    aliases.push(`${short.replace(/(\d+)$/, ' $1')} ${v}`);
    for (const nick of nicknames) aliases.push(`${full} ${nick}`);
  }
  return [...new Set(aliases.map(normalizeAlias).filter((a) => a.length > 0))];
}
