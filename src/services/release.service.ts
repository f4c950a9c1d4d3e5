import { isSupportedOn, type HostKind, type Release, type Update } from '../domain/release';
import { domainError } from '../domain/errors';
import type { CatalogService } from './catalog.service';
import { DomainFailure } from './domain-failure';

/** The catalog's releases and updates, as they are. */
export class ReleaseService {
  constructor(private readonly catalogs: CatalogService) {}

  async releases(kind?: HostKind, supportedOn?: string): Promise<readonly Release[]> {
    const { catalog } = await this.catalogs.current();
    return catalog.releases.filter((r) => (kind === undefined || r.kind === kind) && (supportedOn === undefined || isSupportedOn(r, supportedOn)));
  }

  /** The release a build means (the server where a client shares the build, unless `kind` says otherwise). */
  async release(build: number, kind?: HostKind): Promise<Release | null> {
    const { catalog } = await this.catalogs.current();
    return catalog.primaryRelease(build, kind);
  }

  async releasesWithBuild(build: number): Promise<readonly Release[]> {
    const { catalog } = await this.catalogs.current();
    return catalog.releasesWithBuild(build);
  }

  /** Every build an update applies to; an unknown KB is a typed error with the nearest known KBs. */
  async update(kb: string): Promise<readonly Update[]> {
    const normalized = kb.trim().toUpperCase();
    if (!/^KB\d{6,7}$/.test(normalized)) {
      throw new DomainFailure(domainError('INVALID_VERSION', `"${kb.slice(0, 80)}" is not a KB number; expected KB followed by 6 or 7 digits, e.g. KB5034129.`, kb, { field: 'kb' }));
    }
    const { catalog } = await this.catalogs.current();
    const found = catalog.updatesForKb(normalized);
    if (found.length === 0) throw new DomainFailure(domainError('UNKNOWN_KB', `${normalized} is not in the update catalog.`, kb, { field: 'kb' }));
    return found;
  }
}
