import { imagesForHostKey } from '../cache/cache-keys';
import type { KeyValueCache } from '../cache/key-value-cache';
import { createSingleFlight } from '../cache/single-flight';
import { acceptedVersions, type AcceptedVersion } from '../domain/compat/accepted-versions';
import { RULES_VERSION } from '../domain/compat/rule-lists';
import type { Isolation, Support } from '../domain/compat/verdict';
import type { ImageTagRecord } from '../domain/image';
import { LRUCache } from 'lru-cache';
import type { AllowedVersion, BuildRevisionCount, ImageTagRepository } from '../data/ports';
import { cached } from './cached';
import { InputFailure } from './domain-failure';
import type { CatalogService } from './catalog.service';
import { normalizeInput } from './compatibility.service';
import { readHost, type HostHints } from './image-resolver.service';

export interface ImagesForHostInput extends HostHints {
  readonly host: string;
  readonly isolation: Isolation;
  readonly repository?: string;
  readonly first: number;
  readonly after?: string | null;
}

export interface ImageTagMatch {
  readonly tag: ImageTagRecord;
  readonly support: Support;
  readonly cursor: string;
}

export interface ImageTagPage {
  readonly matches: readonly ImageTagMatch[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

const flight = createSingleFlight();
const presentByVersion = new LRUCache<string, Promise<BuildRevisionCount[]>>({ max: 64 });

/** imagesForHost: the catalog's image versions judged by the engine, then one keyset-paginated query. */
export class ImageSearchService {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly tags: ImageTagRepository,
    private readonly cache: KeyValueCache,
    private readonly ttlSeconds: number,
  ) {}

  /** The (build, revision) pairs present in the catalog change only with the catalog version: remember them per version. */
  private presentVersions(version: string, repository: string | undefined): Promise<BuildRevisionCount[]> {
    const key = `${version}\u0000${repository ?? ''}`;
    let pending = presentByVersion.get(key);
    if (!pending) {
      pending = this.tags.distinctBuildRevisions(repository);
      pending.catch(() => presentByVersion.delete(key));
      presentByVersion.set(key, pending);
    }
    return pending;
  }

  async imagesForHost(raw: ImagesForHostInput): Promise<ImageTagPage> {
    const input = { ...raw, host: normalizeInput(raw.host) };
    const { catalog, version } = await this.catalogs.current();
    const key = imagesForHostKey({ rulesVersion: RULES_VERSION, catalogVersion: version }, { ...input, hostKind: input.kind });
    return cached(this.cache, flight, key, this.ttlSeconds, async () => {
      const host = readHost(input.host, catalog, input);
      const present = await this.presentVersions(version, input.repository);
      const accepted = acceptedVersions(host, present, input.isolation, catalog);
      const allowed = collapse(accepted, present);
      const page = await this.tags
        .pageTags({ repository: input.repository, allowed, first: input.first, after: input.after, knownTotal: matchingCount(allowed, present) })
        .catch((e: unknown) => {
          if ((e as { code?: unknown })?.code !== 'INVALID_CURSOR') throw e;
          throw new InputFailure('INVALID_CURSOR', 'after is not a cursor this service issued; pass an endCursor or edge cursor from a previous page.', 'after', String(input.after));
        });
      return {
        matches: page.nodes.map((tag) => ({ tag, cursor: this.tags.cursorFor(tag), support: supportOf(accepted, tag) })),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.endCursor,
      };
    });
  }
}

/**
 * The filter for the accepted versions, kept short whatever the catalog holds: a build whose every
 * present revision is accepted becomes one "any revision" filter, and the rest become runs of
 * consecutive present revisions that are all accepted (on a 100,000-tag catalog a Hyper-V host
 * accepts thousands of exact pairs, and one filter per pair made every cold query huge). The runs
 * are exact because they are taken over the revisions present at this catalog version.
 */
export function collapse(accepted: readonly AcceptedVersion[], present: readonly AllowedVersion[]): AllowedVersion[] {
  const total = countBy(present);
  const ok = countBy(accepted);
  const whole = new Set([...ok].filter(([build, n]) => total.get(build) === n).map(([build]) => build));
  const acceptedRevisions = new Map<number, Set<number>>();
  for (const a of accepted) {
    // A lone unknown revision cannot be asked for exactly (null means "any revision" to the
    // repository), so it is left out: a missing tag is better than a wrong "yes".
    if (whole.has(a.build) || a.revision === null) continue;
    let set = acceptedRevisions.get(a.build);
    if (!set) acceptedRevisions.set(a.build, (set = new Set()));
    set.add(a.revision);
  }
  const runs: AllowedVersion[] = [];
  for (const [build, revisions] of acceptedRevisions) {
    const presentRevisions = present.filter((p) => p.build === build && p.revision !== null).map((p) => p.revision!).sort((a, b) => a - b);
    let from: number | null = null;
    let to = 0;
    for (const revision of presentRevisions) {
      if (revisions.has(revision)) {
        if (from === null) from = revision;
        to = revision;
      } else if (from !== null) {
        runs.push({ build, revision: from, throughRevision: to });
        from = null;
      }
    }
    if (from !== null) runs.push({ build, revision: from, throughRevision: to });
  }
  return [...[...whole].map((build) => ({ build, revision: null })), ...runs];
}

/**
 * How many tags the filter matches, from the per-version counts of the versions present: the same
 * rows the count query would find at this catalog version, without scanning tens of thousands of them.
 */
function matchingCount(allowed: readonly AllowedVersion[], present: readonly BuildRevisionCount[]): number {
  const byBuild = new Map<number, AllowedVersion[]>();
  for (const a of allowed) {
    const list = byBuild.get(a.build);
    if (list) list.push(a);
    else byBuild.set(a.build, [a]);
  }
  let total = 0;
  for (const p of present) {
    const matched = (byBuild.get(p.build) ?? []).some((a) =>
      a.revision === null || (p.revision !== null && p.revision >= a.revision && p.revision <= (a.throughRevision ?? a.revision)),
    );
    if (matched) total += p.count;
  }
  return total;
}

/** How the host runs one listed tag; a page holds a few dozen tags, so a scan beats indexing thousands of versions. */
function supportOf(accepted: readonly AcceptedVersion[], tag: ImageTagRecord): Support {
  return accepted.find((a) => a.build === tag.build && a.revision === tag.revision)?.support ?? 'UNKNOWN';
}

function countBy(list: readonly AllowedVersion[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of list) m.set(v.build, (m.get(v.build) ?? 0) + 1);
  return m;
}
