import type { HostKind, Release, Update } from './release';

/**
 * The catalog the rules are given: releases and updates, indexed for the
 * look-ups the parsers and rules make. Built from plain data; no I/O.
 */
export class ReleaseCatalog {
  private readonly byBuild = new Map<number, Release[]>();
  private readonly byAlias = new Map<string, Release[]>();
  private readonly updatesByKb = new Map<string, Update[]>();
  private readonly updatesByBuild = new Map<number, Update[]>();

  constructor(
    readonly releases: readonly Release[],
    readonly updates: readonly Update[],
  ) {
    for (const r of releases) {
      push(this.byBuild, r.build, r);
      for (const alias of r.aliases) push(this.byAlias, alias.toLowerCase(), r);
    }
    for (const u of updates) {
      push(this.updatesByKb, u.kb.toUpperCase(), u);
      push(this.updatesByBuild, u.build, u);
    }
    for (const list of this.updatesByBuild.values()) list.sort((a, b) => a.revision - b.revision);
  }

  releasesWithBuild(build: number): readonly Release[] {
    return this.byBuild.get(build) ?? [];
  }

  /** Releases a person may mean by `name` (case-insensitive alias match). */
  releasesNamed(name: string): readonly Release[] {
    return this.byAlias.get(normalizeAlias(name)) ?? [];
  }

  /**
   * The release a bare build number means. Where a server and a client release share
   * the build (14393, 17763, 26100 …) the server is meant unless `kind` says otherwise;
   * among servers, the LTSC release (Windows Server 2019, not version 1809).
   */
  primaryRelease(build: number, kind?: HostKind): Release | null {
    const candidates = this.releasesWithBuild(build).filter((r) => kind === undefined || r.kind === kind);
    if (candidates.length === 0) return null;
    const rank = (r: Release) => (r.kind === 'server' ? 0 : 2) + (r.channel === 'LTSC' ? 0 : 1);
    return [...candidates].sort((a, b) => rank(a) - rank(b))[0];
  }

  /** Whether both a server and a client release have this build. */
  isSharedBuild(build: number): boolean {
    const kinds = new Set(this.releasesWithBuild(build).map((r) => r.kind));
    return kinds.size > 1;
  }

  updatesForKb(kb: string): readonly Update[] {
    return this.updatesByKb.get(kb.toUpperCase()) ?? [];
  }

  /** Updates of one build, oldest revision first. */
  updatesForBuild(build: number): readonly Update[] {
    return this.updatesByBuild.get(build) ?? [];
  }

  updateWithRevision(build: number, revision: number): Update | null {
    return this.updatesForBuild(build).find((u) => u.revision === revision) ?? null;
  }

  /** The newest Patch Tuesday ("B") update of a build: what a floating base-image tag points to. */
  latestSecurityUpdate(build: number): Update | null {
    const list = this.updatesForBuild(build).filter((u) => u.kind === 'security');
    return list.length ? list[list.length - 1] : null;
  }

  /** Every alias in the catalog, for did-you-mean suggestions. */
  allAliases(): readonly string[] {
    return [...this.byAlias.keys()];
  }
}

export const normalizeAlias = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/\s*,\s*/g, ', ');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
