import { ReleaseCatalog } from '../domain/release-catalog';
import type { CatalogChangeFeed, CatalogRepository } from '../data/ports';
import { createSingleFlight } from '../cache/single-flight';

export interface CatalogView {
  readonly catalog: ReleaseCatalog;
  /** Changes with every catalog change; part of every cache key. */
  readonly version: string;
}

/**
 * The release catalog in memory, never older than the database's. With a live change feed
 * (LISTEN/NOTIFY: every committed change announced, on every instance) the view is trusted until
 * a notification or a feed reset arrives; without one, the version is read on every request (one
 * primary-key read). A generation counter keeps a load that raced a notification from being trusted.
 */
export class CatalogService {
  private view: CatalogView | null = null;
  private generation = 0;
  private viewGeneration = -1;
  private readonly flight = createSingleFlight();

  constructor(
    private readonly repository: CatalogRepository,
    private readonly feed?: CatalogChangeFeed,
  ) {}

  /** Subscribe before the first read, so no change can fall between the read and the subscription. */
  async start(): Promise<void> {
    await this.feed?.start({ onChange: () => this.invalidate(), onReset: () => this.invalidate() });
  }

  current(): Promise<CatalogView> {
    if (this.view && this.feed?.live && this.viewGeneration === this.generation) return Promise.resolve(this.view);
    return this.flight('current', () => this.load());
  }

  private invalidate(): void {
    this.generation++;
  }

  private async load(): Promise<CatalogView> {
    const generation = this.generation;
    const version = await this.repository.catalogVersion();
    if (this.view?.version !== version) {
      const snapshot = await this.repository.loadCatalog();
      this.view = { catalog: new ReleaseCatalog(snapshot.releases, snapshot.updates), version };
    }
    this.viewGeneration = generation;
    return this.view;
  }
}
