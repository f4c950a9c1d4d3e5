import { canRunKey } from '../cache/cache-keys';
import type { KeyValueCache } from '../cache/key-value-cache';
import { createSingleFlight } from '../cache/single-flight';
import { checkCompat } from '../domain/compat/check-compat';
import { matchingHosts, type HostRelease } from '../domain/compat/matching-hosts';
import { RULES_VERSION } from '../domain/compat/rule-lists';
import type { Compatibility } from '../domain/compat/verdict';
import type { HostSpec } from '../domain/host';
import type { ImageSpec } from '../domain/image';
import { cached } from './cached';
import type { CatalogService } from './catalog.service';
import { readHost, readImage, type HostHints, type TagLookup } from './image-resolver.service';

export interface CanRunInput extends HostHints {
  readonly host: string;
  readonly image: string;
  readonly imageOsVersion?: string;
}

const flight = createSingleFlight();

export const normalizeInput = (s: string): string => s.trim().normalize('NFC');

/** canRun, windowsVersion, resolveImage and hostsForImage: parse, judge, cache. */
export class CompatibilityService {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly cache: KeyValueCache,
    private readonly ttlSeconds: number,
    private readonly lookupTag: TagLookup,
  ) {}

  async windowsVersion(input: string, hints: HostHints): Promise<HostSpec> {
    const { catalog } = await this.catalogs.current();
    return readHost(input, catalog, hints, 'input');
  }

  async resolveImage(reference: string, imageOsVersion?: string): Promise<ImageSpec> {
    const { catalog } = await this.catalogs.current();
    return readImage(reference, catalog, this.lookupTag, imageOsVersion);
  }

  async canRun(raw: CanRunInput): Promise<Compatibility> {
    // The cache key folds whitespace and Unicode forms together; compute from the same form.
    const input = { ...raw, host: normalizeInput(raw.host), image: normalizeInput(raw.image), imageOsVersion: raw.imageOsVersion && normalizeInput(raw.imageOsVersion) };
    const { catalog, version } = await this.catalogs.current();
    const key = canRunKey({ rulesVersion: RULES_VERSION, catalogVersion: version }, { ...input, hostKind: input.kind, hostArch: input.arch });
    return cached(this.cache, flight, key, this.ttlSeconds, async () => {
      const host = readHost(input.host, catalog, input);
      const image = await readImage(input.image, catalog, this.lookupTag, input.imageOsVersion);
      return checkCompat(host, image, catalog);
    });
  }

  /** Releases that run the image in at least one isolation mode (preview included). */
  async hostsForImage(reference: string, imageOsVersion?: string): Promise<HostRelease[]> {
    const { catalog } = await this.catalogs.current();
    const image = await readImage(reference, catalog, this.lookupTag, imageOsVersion);
    const runs = (s: string) => s === 'SUPPORTED' || s === 'PREVIEW';
    return matchingHosts(image, catalog).filter((h) => runs(h.process.support) || runs(h.hyperv.support));
  }
}
