/**
 * GitHub-style rate limiting over real HTTP: points = query cost, per client (bearer token, else
 * IP), x-ratelimit-* headers, the rateLimit query, 429 RATE_LIMITED when spent, Redis-shared
 * budgets when Redis is configured, and an insurance limiter when Redis is down.
 */
import { Redis } from 'ioredis';
import { createToken } from '../ingest/http-support';
import { startTestService, type TestService } from '../support/test-service';
import { originOf, postQuery, send } from './support/http';

const BUDGET = { RATE_LIMIT_POINTS: '60', RATE_LIMIT_WINDOW_SECONDS: '600', TRUST_PROXY: 'loopback' };
const STATUS = '{ rateLimit { cost limit remaining used resetAt resource } }';
const RELEASES = '{ releases(kind: SERVER) { key name build } }'; // 1 + 3 = 4 points
const from = (ip: string) => ({ 'x-forwarded-for': ip });

// Redis unreachable on purpose: the budget lives in the insurance limiter (memory), which is what a
// Redis outage leaves; the Redis-backed limiter itself is checked below when REDIS_URL is set.
let service: TestService;
beforeAll(async () => {
  service = await startTestService({ env: { ...BUDGET, REDIS_URL: 'redis://127.0.0.1:1' } });
});
afterAll(() => service.stop());

describe('rate limiting', () => {
  it('keeps limiting with Redis down, and charges the query cost, reported in headers and in rateLimit alike', async () => {
    expect((await send(`${originOf(service.url)}/readyz`)).json.redis.status).not.toBe('ready');
    const res = await postQuery(service.url, STATUS, undefined, from('203.0.113.1'));
    expect(res.status).toBe(200);
    const r = res.json.data.rateLimit;
    expect(r).toMatchObject({ cost: 7, limit: 60, used: 7, remaining: 53, resource: 'graphql' });
    expect(Date.parse(r.resetAt)).toBeGreaterThan(Date.now() + 590_000);
    expect(res.headers.get('x-ratelimit-limit')).toBe('60');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('53');
    expect(res.headers.get('x-ratelimit-used')).toBe('7');
    expect(res.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBe(Math.ceil(Date.parse(r.resetAt) / 1000));
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, per client', async () => {
    const ip = from('203.0.113.2');
    let res = await postQuery(service.url, RELEASES, undefined, ip);
    for (let i = 0; i < 20 && res.status === 200; i++) res = await postQuery(service.url, RELEASES, undefined, ip);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', rateLimit: { limit: 60, remaining: 0, cost: 4 } });
    expect(res.json.data).toBeUndefined();

    // Another address, and a valid bearer token from the same address, have budgets of their own;
    // an invented token does not buy one.
    expect((await postQuery(service.url, RELEASES, undefined, from('203.0.113.3'))).status).toBe(200);
    expect((await postQuery(service.url, RELEASES, undefined, { ...ip, authorization: 'Bearer wct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(429);
    const { token } = await createToken(service, 'rate-limit-test');
    expect((await postQuery(service.url, RELEASES, undefined, { ...ip, authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('charges nothing for a request refused before admission', async () => {
    const ip = from('203.0.113.4');
    expect((await postQuery(service.url, '{ nope }', undefined, ip)).status).toBe(400);
    const res = await postQuery(service.url, STATUS, undefined, ip);
    expect(res.json.data.rateLimit.used).toBe(7);
  });
});

describe(process.env.REDIS_URL ? 'with Redis' : 'without Redis (REDIS_URL unset)', () => {
  // Without Redis each replica counts in memory: the same client gets a budget per replica.
  it(process.env.REDIS_URL ? 'shares one budget per client across replicas, and never stores a token in clear' : 'keeps one budget per replica', async () => {
    if (!process.env.REDIS_URL) {
      const a = await startTestService({ env: BUDGET });
      const b = await startTestService({ env: BUDGET });
      try {
        const token = { authorization: 'Bearer s3cret-token-value' };
        expect((await postQuery(a.url, STATUS, undefined, token)).json.data.rateLimit.used).toBe(7);
        expect((await postQuery(b.url, STATUS, undefined, token)).json.data.rateLimit.used).toBe(7);
      } finally {
        await a.stop();
        await b.stop();
      }
      return;
    }
    const prefix = `test:wincompat:ratelimit:${Date.now()}:`;
    const env = { ...BUDGET, REDIS_URL: process.env.REDIS_URL! };
    const a = await startTestService({ env, redisKeyPrefix: prefix });
    const b = await startTestService({ env, redisKeyPrefix: prefix });
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const token = { authorization: 'Bearer s3cret-token-value' };
      expect((await postQuery(a.url, STATUS, undefined, token)).status).toBe(200);
      const second = await postQuery(b.url, STATUS, undefined, token);
      expect(second.json.data.rateLimit.used).toBe(14);
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.some((k) => k.includes('ratelimit'))).toBe(true);
      expect(keys.join(' ')).not.toContain('s3cret');
      await redis.del(...keys);
    } finally {
      redis.disconnect();
      await a.stop();
      await b.stop();
    }
  });
});
