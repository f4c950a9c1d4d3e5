import { Redis } from 'ioredis';
import { gql } from '../support/graphql-client';
import { startTestService, type TestService } from '../support/test-service';

const CAN_RUN = '{ canRun(host: "10.0.17763.5329", image: "mcr.microsoft.com/windows/servercore:ltsc2019") { summary image { revision osVersion } process { support } } }';

async function keysUnder(prefix: string): Promise<string[]> {
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    return await redis.keys(`${prefix}*`);
  } finally {
    redis.disconnect();
  }
}

describe('cached answers', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(() => service.stop());

  it('serves the same answer twice, and shares it through Redis when Redis is configured', async () => {
    const first = await gql(service.url, CAN_RUN);
    const second = await gql(service.url, CAN_RUN);
    expect(second.data).toEqual(first.data);
    if (process.env.REDIS_URL) {
      const keys = await keysUnder(service.redisKeyPrefix);
      expect(keys.some((k) => k.includes(':canRun:'))).toBe(true);
    } else {
      expect(first.data!.canRun.process.support).toBe('SUPPORTED'); // in-process cache only
    }
  });

  it('never serves an answer from before a catalog change', async () => {
    const before = await gql(service.url, CAN_RUN);
    expect(before.data!.canRun.image.revision).not.toBe(9999);
    const prisma = service.database.prisma;
    // What an ingestion of an observed tag list does: the tag moves, and the catalog version with it.
    await prisma.$transaction([
      prisma.$executeRawUnsafe(`UPDATE image_tag SET revision = 9999, origin = 'observed' WHERE tag = 'ltsc2019' AND repository_id = (SELECT id FROM image_repository WHERE name = 'mcr.microsoft.com/windows/servercore')`),
      prisma.$executeRawUnsafe(`UPDATE catalog_state SET version = 'test-' || md5(random()::text), updated_at = now()`),
    ]);
    const after = await gql(service.url, CAN_RUN);
    expect(after.data!.canRun.image).toEqual({ revision: 9999, osVersion: '10.0.17763.9999' });
  });
});

describe('with Redis unreachable', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });
  afterAll(() => service.stop());

  it('still answers from Postgres and the engine', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await gql(service.url, CAN_RUN);
      expect(res.errors).toBeUndefined();
      expect(res.data!.canRun.process.support).toBe('SUPPORTED');
    }
  });
});

describe('restarting on the same database', () => {
  it('changes nothing the second time', async () => {
    const first = await startTestService();
    const version = await first.database.prisma.catalogState.findUnique({ where: { id: 1 } });
    const releases = await gql(first.url, '{ releases { key } }');
    const url = first.databaseUrl;
    if (!url) {
      // PGlite in memory cannot outlive its process; the seed's own idempotence is tested in test/data.
      await first.stop();
      expect(releases.data!.releases).toHaveLength(30);
      return;
    }
    await first.database.close();
    const second = await startTestService({ databaseUrl: url });
    try {
      expect(await second.database.prisma.catalogState.findUnique({ where: { id: 1 } })).toEqual(version);
      expect((await gql(second.url, '{ releases { key } }')).data).toEqual(releases.data);
    } finally {
      await second.stop();
      await first.stop().catch(() => undefined);
    }
  });
});
