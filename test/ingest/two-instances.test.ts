/**
 * A completed ingestion makes every cached answer of the old catalog unreachable on every
 * instance: two services share Postgres and Redis (same key prefix); an ingestion through one is
 * answered from the new catalog by the other at once. Without DATABASE_URL the services would run
 * on separate in-memory PGlite databases, so the same assertions run against one instance.
 */
import fs from 'node:fs';
import type { TestService } from '../support/test-service';
import { createToken, gqlAs, startIngestService } from './http-support';
import { fixture } from './ingest-support';

const shared = Boolean(process.env.TEST_DATABASE_URL);
const CAN_RUN = '{ canRun(host: "10.0.17763.5329", image: "mcr.microsoft.com/windows/servercore:ltsc2019") { image { revision osVersion } process { support } } }';
const REVISION = '{ resolveImage(reference: "mcr.microsoft.com/windows/servercore:ltsc2019-KB5099902") { revision } }';

let first: TestService;
let second: TestService;
beforeAll(async () => {
  first = await startIngestService();
  second = shared ? await startIngestService({ databaseUrl: first.databaseUrl, redisKeyPrefix: first.redisKeyPrefix }) : first;
});
afterAll(async () => {
  if (second !== first) await second.stop();
  await first.stop();
});

const title = shared
  ? 'an ingestion through one instance is answered from the new catalog by the other at once (shared Postgres and Redis)'
  : 'PGlite, ONE instance (two cannot share an in-memory database): a cached answer is replaced at once after an ingestion through the API';

it(title, async () => {
  const revision = async (s: TestService) => (await gqlAs(s.url, null, CAN_RUN)).data!.canRun.image.revision;
  // Warm both caches (twice: the second answer is a cache hit) with the old catalog.
  for (const s of [first, second, first, second]) expect(await revision(s)).toBe(8880);
  if (process.env.REDIS_URL) expect(await redisKeys(first.redisKeyPrefix)).toBeGreaterThan(0);

  const bearer = `Bearer ${(await createToken(first, 'patch-tuesday-job')).token}`;
  const csv = fs.readFileSync(fixture('patch-tuesday-2026-07.csv'), 'utf8');
  const res = await gqlAs(first.url, bearer, 'mutation($c: String!) { ingestUpdates(content: $c) { status inserted changed } }', { c: csv });
  expect(res.data!.ingestUpdates).toEqual({ status: 'COMPLETED', inserted: 4, changed: true });

  expect(await revision(second)).toBe(9001); // no wait, no retry
  expect(await revision(first)).toBe(9001);
  expect((await gqlAs(second.url, null, REVISION)).data!.resolveImage.revision).toBe(9001);
});

async function redisKeys(prefix: string): Promise<number> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    return (await redis.keys(`${prefix}*`)).length;
  } finally {
    redis.disconnect();
  }
}
