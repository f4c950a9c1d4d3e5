import type { Database } from '../../../src/data/database';
import { sleep } from './http';

/**
 * Makes image-tag reads wait for `ms`, for real: on Postgres a transaction holds an exclusive lock
 * on image_tag; on PGlite (one connection) any open transaction blocks every other query.
 * Resolves when the transaction has ended. `started` resolves once the lock is held.
 */
export function holdImageTags(database: Database, ms: number): { started: Promise<void>; done: Promise<void> } {
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = database.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(database.kind === 'postgres' ? 'LOCK TABLE image_tag IN ACCESS EXCLUSIVE MODE' : 'SELECT 1');
      markStarted();
      await sleep(ms);
    },
    { timeout: ms + 10_000, maxWait: 10_000 },
  );
  return { started, done: done.then(() => undefined) };
}
