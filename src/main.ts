/**
 * Composition root: configuration → database (migrated, seeded) → caches → services → HTTP.
 * The only file that knows every layer. `startService` is also what the integration tests run.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import closeWithGrace from 'close-with-grace';
import { MemoryCache } from './cache/memory-cache';
import { MeteredCache } from './cache/metered-cache';
import { RedisCache } from './cache/redis-cache';
import { createRedisClient, waitForRedisReady } from './cache/redis-client';
import { createCacheStack } from './cache/layered-cache';
import { loadConfig, type Config } from './config/config';
import { createLogger, type Logger } from './config/logger';
import { PrismaCatalogRepository } from './data/catalog.repository';
import { createDatabase, type Database } from './data/database';
import { PrismaImageTagRepository } from './data/image-tag.repository';
import { readMigrations } from './data/migrate';
import { RULES_VERSION } from './domain/compat/rule-lists';
import { appSchema } from './graphql/schema';
import { createHttpService } from './http/http-server';
import { createRateLimiter } from './http/rate-limiter';
import { cacheMeter } from './observability/metrics';
import { createIngestion } from './ingest/ingestion.wiring';
import { seedBundledCatalog } from './ingest/seed';
import { TagRowsByCatalogVersion } from './services/tag-rows';
import { tuneV8ForMemory } from './v8-memory';
import { CatalogService } from './services/catalog.service';

export interface RunningService {
  /** e.g. http://127.0.0.1:4000/graphql */
  readonly url: string;
  readonly port: number;
  /** The catalog database, for operational scripts and tests that change the catalog underneath. */
  readonly database: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Prefix of every Redis key; tests give each service its own. */
  readonly redisKeyPrefix?: string;
}

export async function startService(config: Config, logger: Logger = createLogger(config), options: StartOptions = {}): Promise<RunningService> {
  if (config.nodeEnv === 'production') tuneV8ForMemory({ baselineWasm: Boolean(config.database.url) });
  const db = await createDatabase({ databaseUrl: config.database.url, pgliteDir: config.database.pgliteDir });
  const seeded = await seedBundledCatalog(db.prisma);
  logger.info({ database: db.kind, ...seeded }, seeded.changed ? 'bundled catalog loaded' : 'bundled catalog already current');

  const redis = config.redis.url || config.redis.clusterNodes.length > 0
    ? createRedisClient({ url: config.redis.url, clusterNodes: config.redis.clusterNodes, logger })
    : undefined;
  if (redis) await waitForRedisReady(redis).catch((err) => logger.warn({ err }, 'Redis not ready at start; answering without it until it is'));
  const cache = createCacheStack({
    // Each layer metered on its own: cache_requests_total{layer,result} says where answers come from.
    memory: new MeteredCache(new MemoryCache({ maxEntries: config.cache.memoryMaxEntries, maxBytes: config.cache.memoryMaxBytes, defaultTtlSeconds: config.cache.ttlSeconds }), 'memory', cacheMeter),
    shared: redis ? new MeteredCache(new RedisCache(redis, { prefix: options.redisKeyPrefix, defaultTtlSeconds: config.cache.ttlSeconds }), 'redis', cacheMeter) : undefined,
    logger,
  });

  const feed = db.changeFeed(logger);
  const catalogs = new CatalogService(new PrismaCatalogRepository(db.prisma), feed);
  await catalogs.start();
  const tags = new PrismaImageTagRepository(db.prisma);
  const shared = {
    catalogs,
    tags,
    tagRows: new TagRowsByCatalogVersion(tags, async () => (await catalogs.current()).version),
    cache,
    cacheTtlSeconds: config.cache.ttlSeconds,
    ingestion: createIngestion(db.prisma, catalogs),
  };
  const http = await createHttpService({
    schema: appSchema(),
    shared,
    logger,
    config,
    persistedQueryCache: cache,
    versions: async () => `${(await catalogs.current()).version}.${RULES_VERSION}`,
    rateLimiter: config.rateLimit.points > 0
      ? createRateLimiter({ ...config.rateLimit, redis, keyPrefix: options.redisKeyPrefix, logger })
      : undefined,
    readiness: {
      appliedMigrations: async () =>
        (await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        )).map((r) => r.migration_name),
      expectedMigrations: readMigrations().map((m) => m.name),
      redisStatus: redis ? () => redis.status : undefined,
    },
  });
  // A port already in use must fail start-up with a message, not crash on an unhandled 'error' event.
  await new Promise<void>((resolve, reject) => http.server.once('error', reject).listen(config.server.port, config.server.host, resolve));
  const port = (http.server.address() as AddressInfo).port;
  const host = config.server.host === '0.0.0.0' ? '127.0.0.1' : config.server.host;
  logger.info({ port, database: db.kind, redis: Boolean(redis) }, 'wincompat listening');

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    database: db,
    stop: async () => {
      await http.shutdown(); // probes to 503, then drains in-flight requests and closes the HTTP server
      await feed.close();
      redis?.disconnect();
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const service = await startService(config, logger);
  logger.info(`GraphQL at ${service.url}`);
  // SIGTERM/SIGINT (and a crash) stop gracefully; past the delay the process exits anyway.
  const delay = config.http.shutdownDelayMs + config.http.shutdownTimeoutMs + 5000;
  closeWithGrace({ delay, logger }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'shutting down after an unexpected error');
    else logger.info({ signal }, 'shutting down');
    await service.stop();
    logger.info('stopped');
  });
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
