/**
 * Whether an error means "the database is unreachable right now" (stopped, restarting, connection
 * cut, pool exhausted) rather than a bug. Checked structurally, so graphql/ never imports Prisma:
 * Prisma's connection codes, the driver adapter's error kinds, Postgres SQLSTATE classes 08
 * (connection exception) and 57P (operator intervention), and Node socket errors, anywhere in the
 * cause chain.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const SQLSTATE = /^(08|57P0)/;
const MESSAGES = /Connection terminated|terminating connection|Can't reach database server|the database system is (starting up|shutting down|in recovery)|timeout exceeded when trying to connect/i;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
  cause?: unknown;
}

export function isServiceUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current) && seen.size < 10) {
    seen.add(current);
    const e = current as ErrorLike;
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof e.code === 'string' && SQLSTATE.test(e.code)) return true;
    if (typeof e.originalCode === 'string' && SQLSTATE.test(e.originalCode)) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    current = e.meta?.driverAdapterError?.cause ?? e.cause;
  }
  return false;
}
