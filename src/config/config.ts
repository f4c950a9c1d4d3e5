import { z } from 'zod';

/**
 * Environment variables -> one typed, frozen Config, validated once at start-up. Every bad value is
 * reported together (not just the first), each with the variable name and what was expected, so a
 * broken deployment is fixed in one edit. Imports nothing else from src/: main.ts passes the pieces on.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;

export interface RedisNodeAddress {
  readonly host: string;
  readonly port: number;
}

export interface Config {
  readonly nodeEnv: (typeof NODE_ENVS)[number];
  readonly server: { readonly host: string; readonly port: number };
  /** url undefined -> embedded PGlite stored in pgliteDir. */
  readonly database: { readonly url: string | undefined; readonly pgliteDir: string };
  /** Both absent -> in-process cache only. Cluster nodes win over url. */
  readonly redis: { readonly url: string | undefined; readonly clusterNodes: readonly RedisNodeAddress[] };
  readonly cache: { readonly ttlSeconds: number; readonly memoryMaxEntries: number; readonly memoryMaxBytes: number };
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Limits on one GraphQL request; each is reported in the error that enforces it (docs/operations.md). */
  readonly graphql: GraphQLLimitsConfig;
  readonly http: HttpConfig;
  /** Points per client per window; points = query cost. 0 points turns limiting off. */
  readonly rateLimit: { readonly points: number; readonly windowSeconds: number };
}

export interface GraphQLLimitsConfig {
  readonly introspection: boolean;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  /** graphql-armor's shape cost (objects 2, scalars 1, x1.5 per level), blind to page sizes. */
  readonly maxStructuralCost: number;
  /** graphql-query-complexity cost: connections count first x child cost; also the rate-limit points. */
  readonly maxCost: number;
  /** Operations in one batched (JSON array) request; 0 rejects batches. */
  readonly maxBatch: number;
  readonly maxStringLength: number;
  readonly maxListLength: number;
  readonly timeoutMs: number;
}

export interface HttpConfig {
  readonly bodyLimitBytes: number;
  /** Largest body of a request with a valid bearer token (ingestion files travel in mutations). */
  readonly ingestBodyLimitBytes: number;
  /** Express "trust proxy": false, true, a hop count, or addresses/subnets; decides the client IP. */
  readonly trustProxy: boolean | number | string;
  /** Longest wait for in-flight requests on shutdown before their connections are cut. */
  readonly shutdownTimeoutMs: number;
  /** How long /readyz answers 503 before the listener closes, so load balancers stop routing first. */
  readonly shutdownDelayMs: number;
  /** Memory for whole answers to repeated catalog reads (http/answer-cache.ts); 0 turns it off. */
  readonly answerCacheBytes: number;
}

export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const int = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: (i) => `must be a whole number between ${min} and ${max}, got "${i.input}"` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: (i) => `must be at least ${min}, got ${i.input}` })
        .max(max, { error: (i) => `must be at most ${max}, got ${i.input}` }),
    )
    .default(fallback);

/** Checks the scheme without echoing the value: URLs may carry passwords. */
const url = (schemes: readonly string[]) =>
  z.string().refine((s) => URL.canParse(s) && schemes.includes(new URL(s).protocol), {
    error: `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`,
  });

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false, on: true, off: false };
const bool = (fallback: boolean) =>
  z
    .string()
    .transform((s, ctx) => {
      const value = BOOLEAN_WORDS[s.toLowerCase()];
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: `must be true or false, got "${s}"` });
        return z.NEVER;
      }
      return value;
    })
    .default(fallback);

/** Express's forms: a boolean, a hop count, or comma-separated addresses, subnets or its named ranges. */
const trustProxy = z
  .string()
  .transform((s, ctx): boolean | number | string => {
    if (BOOLEAN_WORDS[s.toLowerCase()] !== undefined) return BOOLEAN_WORDS[s.toLowerCase()]!;
    if (/^\d{1,2}$/.test(s)) return Number(s);
    const parts = s.split(',').map((p) => p.trim());
    if (parts.every((p) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(p))) return parts.join(',');
    ctx.addIssue({ code: 'custom', message: `must be true, false, a hop count or comma-separated addresses/subnets, got "${s}"` });
    return z.NEVER;
  })
  .default(false);

const clusterNodes = z
  .string()
  .transform((s, ctx) => {
    const nodes = s.split(',').map((part) => part.trim()).filter(Boolean);
    const parsed = nodes.map((node) => /^([^\s:]+):(\d{1,5})$/.exec(node));
    const bad = nodes.filter((_, i) => !parsed[i] || Number(parsed[i]![2]) < 1 || Number(parsed[i]![2]) > 65535);
    if (nodes.length === 0 || bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `must be comma-separated host:port pairs, bad entries: ${JSON.stringify(bad)}` });
      return z.NEVER;
    }
    return parsed.map((m) => ({ host: m![1]!, port: Number(m![2]) }));
  });

const schema = z.object({
  NODE_ENV: z.enum(NODE_ENVS, { error: (i) => `must be one of ${NODE_ENVS.join(', ')}, got "${i.input}"` }).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: int(1, 65535, 4000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  REDIS_CLUSTER_NODES: clusterNodes.optional(),
  CACHE_TTL_SECONDS: int(1, 30 * 24 * 3600, 3600),
  MEMORY_CACHE_MAX_ENTRIES: int(1, 10_000_000, 10_000),
  MEMORY_CACHE_MAX_BYTES: int(1024, 64 * 1024 * 1024 * 1024, 16 * 1024 * 1024),
  ANSWER_CACHE_MAX_BYTES: int(0, 4 * 1024 * 1024 * 1024, 16 * 1024 * 1024),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: (i) => `must be one of ${LOG_LEVELS.join(', ')}, got "${i.input}"` }).default('info'),
  INTROSPECTION: bool(true),
  GRAPHQL_MAX_DEPTH: int(1, 100, 8),
  GRAPHQL_MAX_ALIASES: int(0, 1000, 15),
  GRAPHQL_MAX_DIRECTIVES: int(0, 1000, 50),
  GRAPHQL_MAX_TOKENS: int(10, 1_000_000, 1000),
  GRAPHQL_MAX_STRUCTURAL_COST: int(1, 100_000_000, 20_000),
  GRAPHQL_MAX_COST: int(1, 100_000_000, 10_000),
  GRAPHQL_MAX_BATCH: int(0, 100, 0),
  GRAPHQL_MAX_STRING_LENGTH: int(1, 10_000_000, 1000),
  GRAPHQL_MAX_LIST_LENGTH: int(1, 100_000, 100),
  REQUEST_TIMEOUT_MS: int(10, 600_000, 10_000),
  HTTP_BODY_LIMIT_BYTES: int(100, 100 * 1024 * 1024, 100 * 1024),
  INGEST_BODY_LIMIT_BYTES: int(100, 1024 * 1024 * 1024, 16 * 1024 * 1024),
  TRUST_PROXY: trustProxy,
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000, 10_000),
  SHUTDOWN_DELAY_MS: int(0, 600_000, 0),
  RATE_LIMIT_POINTS: int(0, 1_000_000_000, 100_000),
  RATE_LIMIT_WINDOW_SECONDS: int(1, 7 * 24 * 3600, 3600),
});

/** Every variable loadConfig reads; docs/operations.md must document each (a test checks). */
export const CONFIG_VARIABLES: readonly string[] = Object.freeze(Object.keys(schema.shape));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty means unset: `PORT=` in a .env file or compose file should give the default, not an error.
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key]?.trim();
    if (value) input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(env)'), message: issue.message })),
    );
  }
  const e = result.data;
  return deepFreeze({
    nodeEnv: e.NODE_ENV,
    server: { host: e.HOST, port: e.PORT },
    database: { url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR },
    redis: { url: e.REDIS_URL, clusterNodes: e.REDIS_CLUSTER_NODES ?? [] },
    cache: { ttlSeconds: e.CACHE_TTL_SECONDS, memoryMaxEntries: e.MEMORY_CACHE_MAX_ENTRIES, memoryMaxBytes: e.MEMORY_CACHE_MAX_BYTES },
    logLevel: e.LOG_LEVEL,
    graphql: {
      introspection: e.INTROSPECTION,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxStructuralCost: e.GRAPHQL_MAX_STRUCTURAL_COST,
      maxCost: e.GRAPHQL_MAX_COST,
      maxBatch: e.GRAPHQL_MAX_BATCH,
      maxStringLength: e.GRAPHQL_MAX_STRING_LENGTH,
      maxListLength: e.GRAPHQL_MAX_LIST_LENGTH,
      timeoutMs: e.REQUEST_TIMEOUT_MS,
    },
    http: {
      bodyLimitBytes: e.HTTP_BODY_LIMIT_BYTES,
      ingestBodyLimitBytes: e.INGEST_BODY_LIMIT_BYTES,
      trustProxy: e.TRUST_PROXY,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
      answerCacheBytes: e.ANSWER_CACHE_MAX_BYTES,
    },
    rateLimit: { points: e.RATE_LIMIT_POINTS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS },
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
