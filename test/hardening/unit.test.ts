/** Small pure pieces of the hardening layer, without a server. */
import { MeteredCache } from '../../src/cache/metered-cache';
import { MemoryCache } from '../../src/cache/memory-cache';
import { isServiceUnavailable } from '../../src/graphql/service-unavailable';
import { clientKey } from '../../src/graphql/limits/client-key';
import { checkVariableSizes } from '../../src/graphql/limits/input-size';
import { requestIdFor } from '../../src/http/request-id';
import { operationLabel } from '../../src/observability/metrics';

describe('MeteredCache', () => {
  it('counts hits, misses and errors per layer, and passes errors on', async () => {
    const counts: string[] = [];
    const meter = { count: (layer: string, result: string) => void counts.push(`${layer}:${result}`) };
    const cache = new MeteredCache(new MemoryCache({ maxEntries: 10 }), 'memory', meter);
    await cache.get('k');
    await cache.set('k', 'v');
    expect(await cache.get('k')).toBe('v');
    const failing = new MeteredCache({ get: () => Promise.reject(new Error('down')), set: async () => {}, delete: async () => {} }, 'redis', meter);
    await expect(failing.get('k')).rejects.toThrow('down');
    expect(counts).toEqual(['memory:miss', 'memory:hit', 'redis:error']);
  });
});

describe('isServiceUnavailable', () => {
  it.each([
    ['Prisma P1001', { name: 'PrismaClientKnownRequestError', code: 'P1001' }],
    ['adapter DatabaseNotReachable', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }],
    ['admin shutdown 57P01', { kind: 'postgres', code: '57P01' }],
    ['starting up 57P03 in a cause', new Error('query failed', { cause: { code: '57P03' } })],
    ['socket refused', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['init error', { name: 'PrismaClientInitializationError' }],
  ])('%s is unavailable', (_what, error) => expect(isServiceUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', { code: 'P2002' }],
    ['a syntax error 42601', { kind: 'postgres', code: '42601' }],
    ['a bug', new TypeError('x is undefined')],
    ['a cycle of causes', (() => { const e: any = new Error('a'); e.cause = e; return e; })()],
  ])('%s is not', (_what, error) => expect(isServiceUnavailable(error)).toBe(false));
});

describe('request ids, client keys, labels and input sizes', () => {
  it('accepts sane request ids and replaces the rest', () => {
    expect(requestIdFor('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    for (const bad of ['', 'a b', 'x'.repeat(129), 'a\nb', '"q"']) expect(requestIdFor(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keys clients by a hash of their bearer token, else by IP', () => {
    const key = clientKey({ authorization: 'Bearer abc.def', bearerVerified: true, clientIp: '10.1.2.3' });
    expect(key).toMatch(/^token:[A-Za-z0-9_-]{32}$/);
    expect(key).not.toContain('abc');
    // An unverified (invented) token buys no budget of its own: the address pays.
    expect(clientKey({ authorization: 'Bearer invented', bearerVerified: false, clientIp: '10.1.2.3' })).toBe('ip:10.1.2.3');
    expect(clientKey({ authorization: 'Basic xyz', clientIp: '10.1.2.3' })).toBe('ip:10.1.2.3');
  });

  it('bounds the operation-name label set', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('not a name!')).toBe('other');
    for (let i = 0; i < 300; i++) operationLabel(`Op${i}`);
    expect(operationLabel('Op0')).toBe('Op0');
    expect(operationLabel('Op299')).toBe('other');
  });

  it('walks variables without recursion, however deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => checkVariableSizes({ v: deep }, { maxStringLength: 10, maxListLength: 10 })).not.toThrow();
    expect(() => checkVariableSizes({ v: { w: ['y'.repeat(11)] } }, { maxStringLength: 10, maxListLength: 10 })).toThrow(/11 characters; the limit is 10/);
  });
});
