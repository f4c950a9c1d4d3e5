import { ConfigError, loadConfig } from '../../src/config/config';

const problemsFor = (env: NodeJS.ProcessEnv): Record<string, string> => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return Object.fromEntries((err as ConfigError).problems.map((p) => [p.variable, p.message]));
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      server: { host: '0.0.0.0', port: 4000 },
      database: { url: undefined, pgliteDir: '.data/pglite' },
      redis: { url: undefined, clusterNodes: [] },
      cache: { ttlSeconds: 3600, memoryMaxEntries: 10000, memoryMaxBytes: 16 * 1024 * 1024 },
      logLevel: 'info',
      // New sections are checked in test/hardening/config-limits.test.ts.
      graphql: expect.any(Object),
      http: expect.any(Object),
      rateLimit: expect.any(Object),
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '8080',
      DATABASE_URL: 'postgresql://app:secret@db:5432/wincompat',
      PGLITE_DIR: '/var/lib/wincompat',
      REDIS_URL: 'rediss://cache:6380/0',
      REDIS_CLUSTER_NODES: '10.0.0.1:7001, redis-2:7002',
      CACHE_TTL_SECONDS: '600',
      MEMORY_CACHE_MAX_ENTRIES: '500',
      LOG_LEVEL: 'debug',
    });
    expect(config).toEqual({
      nodeEnv: 'production',
      server: { host: '127.0.0.1', port: 8080 },
      database: { url: 'postgresql://app:secret@db:5432/wincompat', pgliteDir: '/var/lib/wincompat' },
      redis: {
        url: 'rediss://cache:6380/0',
        clusterNodes: [
          { host: '10.0.0.1', port: 7001 },
          { host: 'redis-2', port: 7002 },
        ],
      },
      cache: { ttlSeconds: 600, memoryMaxEntries: 500, memoryMaxBytes: 16 * 1024 * 1024 },
      logLevel: 'debug',
      // New sections are checked in test/hardening/config-limits.test.ts.
      graphql: expect.any(Object),
      http: expect.any(Object),
      rateLimit: expect.any(Object),
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '  ', LOG_LEVEL: '' }).server.port).toBe(4000);
  });

  it('is deeply frozen', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: 'a:1' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.server)).toBe(true);
    expect(Object.isFrozen(config.redis.clusterNodes[0])).toBe(true);
  });

  it.each([
    ['PORT', 'abc', /whole number between 1 and 65535, got "abc"/],
    ['PORT', '70000', /at most 65535, got 70000/],
    ['PORT', '0', /at least 1, got 0/],
    ['PORT', '80.5', /whole number/],
    ['CACHE_TTL_SECONDS', '-1', /whole number between 1 and 2592000, got "-1"/],
    ['CACHE_TTL_SECONDS', '0', /at least 1/],
    ['MEMORY_CACHE_MAX_ENTRIES', '1e4', /whole number/],
    ['LOG_LEVEL', 'loud', /one of fatal, error, warn, info, debug, trace, silent, got "loud"/],
    ['NODE_ENV', 'staging', /one of development, production, test, got "staging"/],
    ['DATABASE_URL', 'mysql://u:p@h/db', /URL starting with postgres:\/\/ or postgresql:\/\//],
    ['DATABASE_URL', 'not a url', /URL starting with postgres/],
    ['REDIS_URL', 'http://cache:6379', /URL starting with redis:\/\/ or rediss:\/\//],
    ['REDIS_CLUSTER_NODES', 'a:1,b', /host:port pairs, bad entries: \["b"\]/],
    ['REDIS_CLUSTER_NODES', 'a:99999', /bad entries: \["a:99999"\]/],
    ['REDIS_CLUSTER_NODES', ',', /host:port pairs/],
  ])('%s=%p gets a clear message', (variable, value, message) => {
    expect(problemsFor({ [variable]: value })).toEqual({ [variable]: expect.stringMatching(message) });
  });

  it('lists every problem at once, one line per variable', () => {
    const env = { PORT: 'x', LOG_LEVEL: 'loud', REDIS_URL: 'ftp://x' };
    expect(Object.keys(problemsFor(env)).sort()).toEqual(['LOG_LEVEL', 'PORT', 'REDIS_URL']);
    expect(() => loadConfig(env)).toThrow(/^Invalid configuration:\n {2}PORT: .*\n {2}REDIS_URL: .*\n {2}LOG_LEVEL: /);
  });

  it('never echoes a connection string, which may hold a password', () => {
    const problems = problemsFor({ DATABASE_URL: 'mysql://user:hunter2@db/app', REDIS_URL: 'http://:hunter2@cache' });
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });
});
