import type { PGliteInterface } from '@electric-sql/pglite';
import pg from 'pg';
import type { CatalogChangeFeed, CatalogChangeHandlers } from './ports';

/** The channel the catalog_state trigger notifies (migration 20261204210000_catalog_change_notify). */
export const CATALOG_CHANNEL = 'wincompat_catalog';

interface FeedLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/**
 * LISTEN on a dedicated Postgres connection. While it is up, a committed catalog change reaches
 * this instance as a notification; while it is down, `live` is false and readers must ask the
 * database for the version on every request. Reconnects by itself, and every (re)connect is a
 * reset, since notifications sent while it was down are lost.
 */
export class PostgresCatalogChangeFeed implements CatalogChangeFeed {
  live = false;
  private client: pg.Client | null = null;
  private closed = false;
  private attempt = 0;
  private handlers: CatalogChangeHandlers | null = null;

  constructor(private readonly url: string, private readonly logger: FeedLogger) {}

  async start(handlers: CatalogChangeHandlers): Promise<void> {
    this.handlers = handlers;
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    client.on('notification', (n) => n.channel === CATALOG_CHANNEL && this.handlers?.onChange(n.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOG_CHANNEL}`);
    } catch (err) {
      this.lost(client, err);
      return;
    }
    this.client = client;
    this.live = true;
    if (this.attempt > 0) this.logger.info({}, 'catalog change feed reconnected');
    this.attempt = 0;
    this.handlers?.onReset();
  }

  private lost(client: pg.Client, err: unknown): void {
    if (this.client !== null && this.client !== client) return;
    const wasLive = this.live;
    this.live = false;
    this.client = null;
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    this.handlers?.onReset();
    if (this.closed) return;
    if (wasLive || this.attempt === 0) this.logger.warn({ err }, 'catalog change feed lost; reading the catalog version per request until it returns');
    const delay = Math.min(100 * 2 ** this.attempt++, 5000);
    setTimeout(() => void this.connect(), delay).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

/** PGlite runs in this process: its notifications cannot be lost, so the feed is always live. */
export class PgliteCatalogChangeFeed implements CatalogChangeFeed {
  live = false;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly pglite: PGliteInterface) {}

  async start(handlers: CatalogChangeHandlers): Promise<void> {
    this.unlisten = await this.pglite.listen(CATALOG_CHANNEL, (payload) => handlers.onChange(payload));
    this.live = true;
    handlers.onReset();
  }

  async close(): Promise<void> {
    this.live = false;
    await this.unlisten?.().catch(() => undefined);
  }
}
