import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { CacheLogger } from './key-value-cache';

export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

/** Either a single-node URL or cluster seed nodes; cluster wins when both are given. */
export interface RedisClientOptions {
  readonly url?: string;
  readonly clusterNodes?: readonly RedisNode[];
  readonly logger: CacheLogger & { error?(obj: object, msg?: string): void };
  /** Per-command deadline; a slow Redis must not hold requests (ErrorsAreMissesCache also caps gets). */
  readonly commandTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
}

/** Exponential backoff, 100 ms doubling, capped at 5 s, with jitter so replicas don't reconnect in step. Never gives up. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(100 * 2 ** Math.max(0, attempt - 1), 5000);
  return base + Math.floor(random() * 200);
}

/**
 * The production ioredis client. Chosen so that a Redis outage costs milliseconds, not seconds:
 * enableOfflineQueue false and maxRetriesPerRequest 1 make commands fail fast while disconnected
 * (the cache treats that as a miss); the retry strategy keeps reconnecting in the background.
 */
export function createRedisClient(options: RedisClientOptions): Redis | Cluster {
  const common: RedisOptions = {
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    connectTimeout: options.connectTimeoutMs ?? 1000,
    commandTimeout: options.commandTimeoutMs ?? 500,
    enableReadyCheck: true,
  };
  let client: Redis | Cluster;
  if (options.clusterNodes && options.clusterNodes.length > 0) {
    client = new Cluster(
      options.clusterNodes.map((n) => ({ host: n.host, port: n.port })),
      {
        enableOfflineQueue: false,
        clusterRetryStrategy: (times) => reconnectDelayMs(times),
        redisOptions: common,
      },
    );
  } else if (options.url) {
    client = new Redis(options.url, {
      ...common,
      enableOfflineQueue: false,
      retryStrategy: (times) => reconnectDelayMs(times),
    });
  } else {
    throw new Error('createRedisClient needs a url or cluster nodes');
  }
  watchConnection(client, options.logger);
  return client;
}

/**
 * Always listens to 'error' (an unhandled 'error' event would crash the process) but logs only the
 * first sign of an outage and the recovery, since ioredis emits one error per reconnect attempt.
 * 'reconnecting' covers the case where the server vanished and came back before any error was emitted.
 */
function watchConnection(client: Redis | Cluster, logger: RedisClientOptions['logger']): void {
  let down = false;
  let everReady = false;
  const markDown = (detail: object, msg: string): void => {
    if (down) return;
    down = true;
    const log = logger.error ?? logger.warn;
    log.call(logger, detail, msg);
  };
  client.on('error', (err: Error) => markDown({ err: err.message }, 'redis connection error; cache reads fall back to the database'));
  client.on('reconnecting', () => markDown({}, 'redis connection lost; reconnecting, cache reads fall back to the database'));
  client.on('ready', () => {
    if (down) logger.info({}, 'redis reconnected');
    else if (!everReady) logger.info({}, 'redis ready');
    down = false;
    everReady = true;
  });
}

/** Resolves when the client is ready, rejects after timeoutMs; for start-up checks and tests. */
export function waitForRedisReady(client: Redis | Cluster, timeoutMs = 2000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`redis not ready after ${timeoutMs} ms (status ${client.status})`));
    }, timeoutMs);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}
