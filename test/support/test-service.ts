/**
 * The real service on a free loopback port, for tests that speak HTTP to it: its own Postgres
 * database (cloned from the run's migrated one) when jest runs with DATABASE_URL, else in-memory
 * PGlite; the real Redis when REDIS_URL is set, under a key prefix of its own.
 */
import crypto from 'node:crypto';
import { loadConfig, type Config } from '../../src/config/config';
import { createLogger } from '../../src/config/logger';
import { startService, type RunningService } from '../../src/main';
import { createDatabase, dropDatabase, urlWithDatabase } from './pg-admin';

export interface TestService extends RunningService {
  readonly databaseUrl: string | undefined;
  readonly redisKeyPrefix: string;
}

export interface TestServiceOptions {
  /** Reuse a database (a second instance, a restart) instead of making a new one. */
  readonly databaseUrl?: string;
  readonly env?: Record<string, string>;
  readonly redisKeyPrefix?: string;
}

export async function newTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const templateUrl = process.env.TEST_DATABASE_URL;
  if (!templateUrl) return null;
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_svc_${crypto.randomBytes(4).toString('hex')}`;
  await createDatabase(templateUrl, name, template);
  return { url: urlWithDatabase(templateUrl, name), drop: () => dropDatabase(templateUrl, name) };
}

export async function startTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const owned = options.databaseUrl ? null : await newTestDatabaseUrl();
  const databaseUrl = options.databaseUrl ?? owned?.url;
  const env: Record<string, string> = { NODE_ENV: 'test', LOG_LEVEL: 'silent', PGLITE_DIR: 'memory://', ...options.env };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (process.env.REDIS_URL && !('REDIS_URL' in env)) env.REDIS_URL = process.env.REDIS_URL;
  const loaded = loadConfig(env);
  const config: Config = { ...loaded, server: { host: '127.0.0.1', port: 0 } };
  const redisKeyPrefix = options.redisKeyPrefix ?? `test:wincompat:api:${crypto.randomBytes(4).toString('hex')}:`;
  const service = await startService(config, createLogger(config), { redisKeyPrefix });
  return {
    ...service,
    databaseUrl,
    redisKeyPrefix,
    stop: async () => {
      await service.stop();
      await owned?.drop();
    },
  };
}
