/** The hardening variables of config.ts: documented defaults, parsing, and a clear message for each bad value. */
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

it('gives the documented defaults (docs/operations.md)', () => {
  const config = loadConfig({});
  expect(config.graphql).toEqual({
    introspection: true,
    maxDepth: 8,
    maxAliases: 15,
    maxDirectives: 50,
    maxTokens: 1000,
    maxStructuralCost: 20_000,
    maxCost: 10_000,
    maxBatch: 0,
    maxStringLength: 1000,
    maxListLength: 100,
    timeoutMs: 10_000,
  });
  expect(config.http).toEqual({ bodyLimitBytes: 102_400, ingestBodyLimitBytes: 16 * 1024 * 1024, trustProxy: false, shutdownTimeoutMs: 10_000, shutdownDelayMs: 0, answerCacheBytes: 16 * 1024 * 1024 });
  expect(config.rateLimit).toEqual({ points: 100_000, windowSeconds: 3600 });
});

it('reads every variable', () => {
  const config = loadConfig({
    INTROSPECTION: 'off',
    GRAPHQL_MAX_DEPTH: '5',
    GRAPHQL_MAX_ALIASES: '0',
    GRAPHQL_MAX_DIRECTIVES: '4',
    GRAPHQL_MAX_TOKENS: '500',
    GRAPHQL_MAX_STRUCTURAL_COST: '900',
    GRAPHQL_MAX_COST: '2000',
    GRAPHQL_MAX_BATCH: '10',
    GRAPHQL_MAX_STRING_LENGTH: '256',
    GRAPHQL_MAX_LIST_LENGTH: '20',
    REQUEST_TIMEOUT_MS: '2500',
    HTTP_BODY_LIMIT_BYTES: '65536',
    INGEST_BODY_LIMIT_BYTES: '1048576',
    TRUST_PROXY: '10.0.0.0/8, loopback',
    SHUTDOWN_TIMEOUT_MS: '30000',
    SHUTDOWN_DELAY_MS: '5000',
    ANSWER_CACHE_MAX_BYTES: '0',
    RATE_LIMIT_POINTS: '0',
    RATE_LIMIT_WINDOW_SECONDS: '60',
  });
  expect(config.graphql).toMatchObject({ introspection: false, maxDepth: 5, maxAliases: 0, maxDirectives: 4, maxTokens: 500, maxStructuralCost: 900, maxCost: 2000, maxBatch: 10, maxStringLength: 256, maxListLength: 20, timeoutMs: 2500 });
  expect(config.http).toEqual({ bodyLimitBytes: 65536, ingestBodyLimitBytes: 1048576, trustProxy: '10.0.0.0/8,loopback', shutdownTimeoutMs: 30000, shutdownDelayMs: 5000, answerCacheBytes: 0 });
  expect(config.rateLimit).toEqual({ points: 0, windowSeconds: 60 });
});

it.each([
  ['true', true],
  ['FALSE', false],
  ['2', 2],
  ['uniquelocal', 'uniquelocal'],
])('TRUST_PROXY=%p', (value, expected) => {
  expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toBe(expected);
});

it.each([
  ['INTROSPECTION', 'maybe', /true or false, got "maybe"/],
  ['GRAPHQL_MAX_DEPTH', '0', /at least 1, got 0/],
  ['GRAPHQL_MAX_TOKENS', '5', /at least 10/],
  ['GRAPHQL_MAX_BATCH', '101', /at most 100/],
  ['GRAPHQL_MAX_COST', 'lots', /whole number/],
  ['REQUEST_TIMEOUT_MS', '1.5', /whole number/],
  ['HTTP_BODY_LIMIT_BYTES', '100kb', /whole number between 100 and/],
  ['TRUST_PROXY', 'my-proxy', /true, false, a hop count or comma-separated addresses\/subnets, got "my-proxy"/],
  ['RATE_LIMIT_WINDOW_SECONDS', '0', /at least 1/],
  ['SHUTDOWN_DELAY_MS', '-1', /whole number/],
])('%s=%p gets a clear message', (variable, value, message) => {
  expect(problemsFor({ [variable]: value })).toEqual({ [variable]: expect.stringMatching(message) });
});
