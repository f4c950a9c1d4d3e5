/**
 * What services may ask of the catalog store. Services import these types only; the
 * Prisma classes that implement them live beside this file and are wired in main.ts.
 */
import type { ImageTagRecord } from '../domain/image';
import type { Release, Update } from '../domain/release';

export interface CatalogSnapshot {
  readonly releases: readonly Release[];
  readonly updates: readonly Update[];
}

export interface CatalogRepository {
  /** Every release (by build, then key) and update (by build, revision, kb). */
  loadCatalog(): Promise<CatalogSnapshot>;
  /** Opaque; changes whenever catalog rows change. Put it in cache keys. */
  catalogVersion(): Promise<string>;
}

export interface CatalogChangeHandlers {
  /** A committed catalog change (payload: the new version). */
  onChange(version: string): void;
  /** The feed (re)started or was lost: anything cached may be stale. */
  onReset(): void;
}

/** Announces catalog changes so instances need not read the version on every request. */
export interface CatalogChangeFeed {
  /** True while every committed change is sure to be announced. */
  readonly live: boolean;
  start(handlers: CatalogChangeHandlers): Promise<void>;
  close(): Promise<void>;
}

export interface TagKey {
  readonly repository: string;
  readonly tag: string;
}

export interface BuildRevisionCount {
  readonly build: number;
  readonly revision: number | null;
  readonly count: number;
}

/** A version a host accepts. `revision: null` accepts every revision of the build (and unknown ones). */
export interface AllowedVersion {
  readonly build: number;
  readonly revision: number | null;
  /** With a revision: every revision from `revision` through this one (a run of accepted revisions in one filter). */
  readonly throughRevision?: number;
}

export interface TagPageQuery {
  readonly repository?: string;
  /** Only tags matching one of these; an empty list matches nothing. */
  readonly allowed: readonly AllowedVersion[];
  readonly first: number;
  /** An endCursor from a previous page. */
  readonly after?: string | null;
  /** The number of tags the filter matches, when the caller already knows it: no count query then. */
  readonly knownTotal?: number;
}

export interface TagPage {
  readonly nodes: readonly ImageTagRecord[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

export interface ImageRepositoryInfo {
  /** e.g. `mcr.microsoft.com/windows/servercore` */
  readonly name: string;
  readonly description: string;
}

export interface ImageTagRepository {
  findTag(repository: string, tag: string): Promise<ImageTagRecord | null>;
  /** In key order, null for misses: the shape a DataLoader batch function returns. */
  findManyByKeys(keys: readonly TagKey[]): Promise<(ImageTagRecord | null)[]>;
  /** Newest build first, revision descending with unknown (null) revisions last. */
  distinctBuildRevisions(repository?: string): Promise<BuildRevisionCount[]>;
  /** Order: build desc, revision desc nulls last, repository, tag. Keyset-paginated, so no gaps or repeats. */
  pageTags(query: TagPageQuery): Promise<TagPage>;
  listRepositories(): Promise<ImageRepositoryInfo[]>;
  /** The opaque cursor of one tag in pageTags' order (each Relay edge carries one). */
  cursorFor(tag: ImageTagRecord): string;
}
