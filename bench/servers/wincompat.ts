/** The service itself, configured from the environment like production (DATABASE_URL, REDIS_URL). */
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/config/logger';
import { startService } from '../../src/main';

async function main(): Promise<void> {
  // The rate limiter would answer 429 to a load generator: benchmarks measure answers, not refusals.
  const loaded = loadConfig({ ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', RATE_LIMIT_POINTS: '0' });
  const config = { ...loaded, server: { host: '127.0.0.1', port: Number(process.argv[2] ?? 0) } };
  const service = await startService(config, createLogger(config), { redisKeyPrefix: process.env.BENCH_REDIS_PREFIX });
  console.log(`READY ${service.port}`);
}

void main();

// Exit normally on SIGINT, so node --cpu-prof writes its profile.
process.on('SIGINT', () => process.exit(0));
