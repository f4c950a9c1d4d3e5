import { LRUCache } from 'lru-cache';
import type { ImageTagRecord } from '../domain/image';
import type { ImageTagRepository, TagKey } from '../data/ports';

/** What the per-request DataLoader batches tag look-ups into. */
export type TagRowSource = Pick<ImageTagRepository, 'findManyByKeys'>;

/**
 * Tag rows by repository and tag, kept for one catalog version at a time and dropped whole when it
 * moves. Ingestion changes tags and the catalog version in one transaction, and a process learns
 * of a new version only after that commit, so a row read after reading version v is never older
 * than v: nothing here is older than the catalog the request sees. Rows that do not exist are kept
 * too (an unknown tag asked for again and again). A cold canRun then needs no Postgres at all.
 */
export class TagRowsByCatalogVersion implements TagRowSource {
  private version: string | undefined;
  private readonly rows: LRUCache<string, { readonly row: ImageTagRecord | null }>;

  constructor(
    private readonly source: TagRowSource,
    private readonly catalogVersion: () => Promise<string>,
    maxEntries = 10_000,
  ) {
    this.rows = new LRUCache({ max: maxEntries });
  }

  async findManyByKeys(keys: readonly TagKey[]): Promise<(ImageTagRecord | null)[]> {
    const version = await this.catalogVersion();
    if (version !== this.version) {
      this.rows.clear();
      this.version = version;
    }
    const found: (ImageTagRecord | null)[] = new Array(keys.length);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const kept = this.rows.get(idOf(key));
      if (kept) found[i] = kept.row;
      else missing.push(i);
    });
    if (missing.length === 0) return found;
    const loaded = await this.source.findManyByKeys(missing.map((i) => keys[i]!));
    // A newer version may have arrived while loading: its rows belong to it, not to this one.
    const keep = this.version === version;
    missing.forEach((i, j) => {
      found[i] = loaded[j]!;
      if (keep) this.rows.set(idOf(keys[i]!), { row: loaded[j]! });
    });
    return found;
  }
}

const idOf = (key: TagKey): string => `${key.repository}\n${key.tag}`;
