import DataLoader from 'dataloader';
import type { ImageTagRecord } from '../domain/image';
import type { ImageTagRepository, TagKey } from '../data/ports';
import type { KeyValueCache } from '../cache/key-value-cache';
import type { RateLimitCharge } from './plugins/request-usage';
import type { CatalogService } from '../services/catalog.service';
import { CompatibilityService } from '../services/compatibility.service';
import { IngestService, type IngestionServices } from '../services/ingest.service';
import { NodeService } from '../services/node.service';
import { ImageSearchService } from '../services/image-search.service';
import { MatrixService } from '../services/matrix.service';
import { ReleaseService } from '../services/release.service';
import type { TagRowSource } from '../services/tag-rows';

/** What lives for the whole process and is shared by every request. */
export interface SharedServices {
  readonly catalogs: CatalogService;
  readonly tags: ImageTagRepository;
  readonly cache: KeyValueCache;
  readonly cacheTtlSeconds: number;
  /** Tag rows kept per catalog version (services/tag-rows.ts); absent: every request reads them from `tags`. */
  readonly tagRows?: TagRowSource;
  /** Ingestion mutations, ingestRuns and the node queries; absent in tests and benches that do not need them. */
  readonly ingestion?: IngestionServices;
}

/** What the HTTP layer knows about the request. */
export interface RequestInfo {
  /** The Authorization header, as sent (mutations need a bearer token). */
  readonly authorization?: string;
  /** True when the bearer token was checked and is valid (rate limits then key on it). */
  readonly bearerVerified?: boolean;
  /** Correlates logs, response headers and error extensions. */
  readonly requestId?: string;
  /** The client address (after TRUST_PROXY); the rate-limit key when no bearer token is sent. */
  readonly clientIp?: string;
  /** Set when the client was already charged for this request (a replayed answer found it over budget). */
  readonly rateLimitCharge?: RateLimitCharge;
}

export interface Context {
  readonly request: RequestInfo;
  readonly compatibility: CompatibilityService;
  readonly images: ImageSearchService;
  readonly releases: ReleaseService;
  readonly matrix: MatrixService;
  /** Set when SharedServices.ingestion is. */
  readonly ingest?: IngestService;
  readonly nodes?: NodeService;
}

/**
 * Per-request services around per-request DataLoaders: all tag look-ups of one request (aliases,
 * lists) become one query, and nothing is shared between requests but the caches.
 */
export function createContext(shared: SharedServices, request: RequestInfo = {}): Context {
  const tagByKey = new DataLoader<TagKey, ImageTagRecord | null, string>((keys) => (shared.tagRows ?? shared.tags).findManyByKeys(keys), {
    cacheKeyFn: (k) => `${k.repository}\u0000${k.tag}`,
  });
  const lookupTag = (key: TagKey) => tagByKey.load(key);
  const compatibility = new CompatibilityService(shared.catalogs, shared.cache, shared.cacheTtlSeconds, lookupTag);
  return {
    request,
    compatibility,
    matrix: new MatrixService(shared.catalogs, compatibility, shared.cache, shared.cacheTtlSeconds),
    images: new ImageSearchService(shared.catalogs, shared.tags, shared.cache, shared.cacheTtlSeconds),
    releases: new ReleaseService(shared.catalogs),
    ...(shared.ingestion && {
      ingest: new IngestService(shared.ingestion.auth, shared.ingestion.runner, shared.ingestion.runs, request.authorization),
      nodes: new NodeService(shared.catalogs, shared.ingestion.nodes, lookupTag),
    }),
  };
}
