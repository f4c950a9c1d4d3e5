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
      const page = await this.tags
        .pageTags({ repository: input.repository, allowed: collapse(accepted, present), first: input.first, after: input.after })
        .catch((e: unknown) => {
          if ((e as { code?: unknown })?.code !== 'INVALID_CURSOR') throw e;
          throw new InputFailure('INVALID_CURSOR', 'after is not a cursor this service issued; pass an endCursor or edge cursor from a previous page.', 'after', String(input.after));
        });
      const support = new Map(accepted.map((a) => [`${a.build}.${a.revision}`, a.support]));
      return {
        matches: page.nodes.map((tag) => ({ tag, cursor: this.tags.cursorFor(tag), support: support.get(`${tag.build}.${tag.revision}`) ?? 'UNKNOWN' })),
        totalCount: page.totalCount,
        hasNextPage: page.hasNextPage,
        endCursor: page.endCursor,
      };
    });
  }
}

/** A build whose every present revision is accepted becomes one "any revision" filter, keeping the query short. */
function collapse(accepted: readonly AcceptedVersion[], present: readonly AllowedVersion[]): AllowedVersion[] {
  const total = countBy(present);
  const ok = countBy(accepted);
  const whole = new Set([...ok].filter(([build, n]) => total.get(build) === n).map(([build]) => build));
  return [
    ...[...whole].map((build) => ({ build, revision: null })),
    // A lone unknown revision cannot be asked for exactly (null means "any revision" to the
    // repository), so it is left out: a missing tag is better than a wrong "yes".
    ...accepted.filter((a) => !whole.has(a.build) && a.revision !== null).map(({ build, revision }) => ({ build, revision })),
  ];
}

function countBy(list: readonly AllowedVersion[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const v of list) m.set(v.build, (m.get(v.build) ?? 0) + 1);
  return m;
}
