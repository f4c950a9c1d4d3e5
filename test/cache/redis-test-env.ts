import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

/** REDIS_URL for tests against the shared Redis; CI sets it. Undefined means those tests are not run. */
export const REDIS_URL = process.env.REDIS_URL?.trim() || undefined;

/** A per-run key prefix on the shared Redis, so parallel runs and other suites never see our keys. */
export const testPrefix = (suite: string): string => `test:wincompat:${suite}:${randomUUID().slice(0, 8)}:`;

/** Removes every key under a prefix (SCAN, not KEYS: the shared Redis may be large). */
export async function deleteByPrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** A plain client for test set-up and inspection (the offline queue on: set-up may run before 'ready'). */
export const inspectClient = (url: string): Redis => new Redis(url, { maxRetriesPerRequest: 1 });

export const silentLogger = () => {
  const lines: { level: 'warn' | 'info' | 'error'; obj: object; msg?: string }[] = [];
  return {
    lines,
    warn: (obj: object, msg?: string) => void lines.push({ level: 'warn', obj, msg }),
    info: (obj: object, msg?: string) => void lines.push({ level: 'info', obj, msg }),
    error: (obj: object, msg?: string) => void lines.push({ level: 'error', obj, msg }),
  };
};
