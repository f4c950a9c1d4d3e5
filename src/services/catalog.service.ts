import { ReleaseCatalog } from '../domain/release-catalog';
import type { CatalogRepository } from '../data/ports';
import { createSingleFlight } from '../cache/single-flight';

export interface CatalogView {
  readonly catalog: ReleaseCatalog;
  /** Changes with every catalog change; part of every cache key. */
  readonly version: string;
}

/**
 * The release catalog in memory, reloaded when its version in the database moves. The version is
 * read on every request (one primary-key read), so an ingestion through another instance is seen
 * at once and no cached answer outlives the catalog it came from.
 */
export class CatalogService {
  private view: CatalogView | null = null;
  private readonly flight = createSingleFlight();

  constructor(private readonly repository: CatalogRepository) {}

  current(): Promise<CatalogView> {
    return this.flight('current', async () => {
      const version = await this.repository.catalogVersion();
      if (this.view?.version === version) return this.view;
      const snapshot = await this.repository.loadCatalog();
      this.view = { catalog: new ReleaseCatalog(snapshot.releases, snapshot.updates), version };
      return this.view;
    });
  }
}
