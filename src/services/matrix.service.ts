import { buildCacheKey } from '../cache/cache-keys';
import type { KeyValueCache } from '../cache/key-value-cache';
import { createSingleFlight } from '../cache/single-flight';
import { RULES_VERSION } from '../domain/compat/rule-lists';
import type { Isolation, Support } from '../domain/compat/verdict';
import { isSupportedOn, type Release } from '../domain/release';
import type { ReleaseCatalog } from '../domain/release-catalog';
import { cached } from './cached';
import type { CatalogService } from './catalog.service';
import type { CompatibilityService } from './compatibility.service';
import { InputFailure } from './domain-failure';

export const MAX_MATRIX_SIDE = 50;

export interface MatrixInput {
  readonly hosts?: readonly string[];
  readonly images?: readonly string[];
  readonly isolation?: Isolation;
  /** ISO date that decides which releases are "supported" for the default grid; today by default. */
  readonly today?: string;
}

export interface MatrixCell {
  readonly image: string;
  readonly process: Support;
  readonly hyperv: Support;
  /** The requested mode's support, or the better of the two when none was requested. */
  readonly support: Support;
  readonly reason: string;
}

export interface MatrixRow {
  readonly host: string;
  readonly label: string;
  readonly cells: readonly MatrixCell[];
}

export interface CompatibilityMatrix {
  readonly isolation: Isolation | null;
  readonly hosts: readonly string[];
  readonly images: readonly string[];
  readonly rows: readonly MatrixRow[];
}

interface HostAxis {
  readonly input: string;
  readonly kind?: Release['kind'];
  readonly label: string;
}

const flight = createSingleFlight();
const RANK: Readonly<Record<Support, number>> = { SUPPORTED: 3, PREVIEW: 2, UNKNOWN: 1, UNSUPPORTED: 0 };

/** A grid of canRun verdicts: each cell is canRun's own cached answer, the grid is cached whole. */
export class MatrixService {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly compatibility: CompatibilityService,
    private readonly cache: KeyValueCache,
    private readonly ttlSeconds: number,
  ) {}

  async matrix(input: MatrixInput): Promise<CompatibilityMatrix> {
    checkSide('hosts', input.hosts);
    checkSide('images', input.images);
    const { catalog, version } = await this.catalogs.current();
    const today = input.today ?? new Date().toISOString().slice(0, 10);
    const hosts: HostAxis[] = input.hosts?.map((h) => ({ input: h, label: h })) ?? defaultHosts(catalog, today);
    const images = input.images ?? defaultImages(catalog, today);
    const key = buildCacheKey({ rulesVersion: RULES_VERSION, catalogVersion: version }, 'matrix', [
      input.isolation,
      today,
      JSON.stringify(hosts.map((h) => [h.input, h.kind])),
      JSON.stringify(images),
    ]);
    return cached(this.cache, flight, key, this.ttlSeconds, async () => ({
      isolation: input.isolation ?? null,
      hosts: hosts.map((h) => h.label),
      images: [...images],
      rows: await Promise.all(hosts.map(async (h) => ({ host: h.input, label: h.label, cells: await Promise.all(images.map((i) => this.cell(h, i, input.isolation))) }))),
    }));
  }

  private async cell(host: HostAxis, image: string, isolation: Isolation | undefined): Promise<MatrixCell> {
    const c = await this.compatibility.canRun({ host: host.input, image, kind: host.kind });
    const chosen = isolation ? c[isolation] : RANK[c.process.support] >= RANK[c.hyperv.support] ? c.process : c.hyperv;
    return { image, process: c.process.support, hyperv: c.hyperv.support, support: chosen.support, reason: chosen.reasons[chosen.reasons.length - 1].text };
  }
}

function checkSide(field: string, list: readonly string[] | undefined): void {
  if (list && (list.length === 0 || list.length > MAX_MATRIX_SIDE)) {
    throw new InputFailure('BAD_USER_INPUT', `${field} must list 1 to ${MAX_MATRIX_SIDE} entries; got ${list.length}. Leave it out for the default grid.`, field, String(list.length));
  }
}

/** Every release still supported today, as `10.0.<build>` with its kind (so shared builds stay apart). */
function defaultHosts(catalog: ReleaseCatalog, today: string): HostAxis[] {
  return catalog.releases.filter((r) => isSupportedOn(r, today)).map((r) => ({ input: `10.0.${r.build}`, kind: r.kind, label: r.name }));
}

/** Every repository's floating tags of the LTSC releases still supported today. */
function defaultImages(catalog: ReleaseCatalog, today: string): string[] {
  const ltsc = catalog.releases.filter((r) => r.channel === 'LTSC' && r.kind === 'server' && isSupportedOn(r, today));
  const refs = ltsc.flatMap((r) => Object.entries(r.baseImageTags).map(([repo, tags]) => `${repo}:${tags.find((t) => t === r.ltscName) ?? tags[0]}`));
  return [...new Set(refs)].sort();
}
