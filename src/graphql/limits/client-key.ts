import { createHash } from 'node:crypto';
import type { RequestInfo } from '../context';

/**
 * Who pays for a request: the bearer token when one is sent (hashed, so no token is ever stored
 * in Redis or logs), else the client IP. Caveat: the token is not verified here, so a client that
 * invents tokens gets fresh buckets; once ingestion verifies tokens, key on the verified token id.
 */
export function clientKey(request: RequestInfo): string {
  const token = /^bearer\s+(\S+)\s*$/i.exec(request.authorization ?? '')?.[1];
  if (token) return `token:${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;
  return `ip:${request.clientIp ?? 'unknown'}`;
}
