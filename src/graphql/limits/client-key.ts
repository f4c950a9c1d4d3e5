import { createHash } from 'node:crypto';
import type { RequestInfo } from '../context';

/**
 * Who pays for a request: its bearer token when the HTTP layer verified it (hashed, so no token is
 * ever stored in Redis or logs), else the client IP — so inventing tokens buys no fresh budget.
 */
export function clientKey(request: RequestInfo): string {
  const token = request.bearerVerified ? /^bearer\s+(\S+)\s*$/i.exec(request.authorization ?? '')?.[1] : undefined;
  if (token) return `token:${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;
  return `ip:${request.clientIp ?? 'unknown'}`;
}
