/** What /readyz reports; the JSON body as is. */
export interface ReadinessReport {
  readonly status: 'ready' | 'not ready' | 'shutting down';
  readonly database: { readonly status: 'ok' | 'unreachable' | 'not checked'; readonly error?: string };
  readonly migrations: { readonly status: 'current' | 'pending' | 'unknown'; readonly pending: readonly string[] };
  /** Optional: the service answers from Postgres without it, so it never makes the service unready. */
  readonly redis: { readonly status: string };
}

export interface ReadinessProbes {
  /** Names of the migrations applied and finished in the database (_prisma_migrations). */
  appliedMigrations(): Promise<readonly string[]>;
  /** Folder names under prisma/migrations that this build ships. */
  readonly expectedMigrations: readonly string[];
  /** The ioredis status ('ready', 'reconnecting', ...); absent when no Redis is configured. */
  redisStatus?(): string;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);

/**
 * Ready means: not shutting down, Postgres answers, and every migration this build ships has been
 * applied (a database ahead of the build is fine: that is a rolling upgrade's old replica).
 */
export async function checkReadiness(probes: ReadinessProbes | undefined, shuttingDown: boolean, timeoutMs = 2000): Promise<ReadinessReport> {
  const redis = { status: probes?.redisStatus?.() ?? 'not configured' };
  let database: ReadinessReport['database'] = { status: 'ok' };
  let migrations: ReadinessReport['migrations'] = { status: 'unknown', pending: [] };
  // Shutting down: the answer is 503 whatever the database says, so don't wait for it.
  if (shuttingDown) return { status: 'shutting down', database: { status: 'not checked' }, migrations, redis };
  if (probes) {
    try {
      const applied = new Set(await withTimeout(probes.appliedMigrations(), timeoutMs));
      const pending = probes.expectedMigrations.filter((name) => !applied.has(name));
      migrations = { status: pending.length === 0 ? 'current' : 'pending', pending };
    } catch (err) {
      database = { status: 'unreachable', error: err instanceof Error ? err.message.split('\n').pop()!.slice(0, 200) : String(err) };
    }
  }
  const healthy = database.status === 'ok' && migrations.status !== 'pending';
  return { status: healthy ? 'ready' : 'not ready', database, migrations, redis };
}
