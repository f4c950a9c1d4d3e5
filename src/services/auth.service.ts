/**
 * Bearer tokens for the ingest mutations. A token is "wct_" + 32 random bytes (base64url); only
 * its SHA-256 is stored, so a leaked table grants nothing, and a fast hash is enough because the
 * token has 256 bits of entropy (nothing to guess). Tokens are never logged.
 */
import crypto from 'node:crypto';
import type { ApiTokenInfo, ApiTokenRepository } from '../data/ingest-ports';

export type AuthCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Missing or malformed credentials (UNAUTHENTICATED), or a token that grants nothing (FORBIDDEN). */
export class AuthFailure extends Error {
  constructor(readonly code: AuthCode, message: string) {
    super(message);
    this.name = 'AuthFailure';
  }
}

const TOKEN = /^wct_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer[ ]+(\S+)$/i;
const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$/;

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export class AuthService {
  constructor(private readonly tokens: ApiTokenRepository) {}

  /** The token an Authorization header carries, or an AuthFailure saying what is wrong. */
  async authenticate(authorization: string | undefined): Promise<ApiTokenInfo> {
    const how = 'send "Authorization: Bearer <token>"; an operator creates one with `npm run token -- create <name>`';
    if (!authorization?.trim()) throw new AuthFailure('UNAUTHENTICATED', `This mutation needs a bearer token: ${how}.`);
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token || !TOKEN.test(token)) throw new AuthFailure('UNAUTHENTICATED', `The Authorization header is not a wincompat bearer token: ${how}.`);
    const info = await this.tokens.findByHash(hashToken(token));
    if (!info) throw new AuthFailure('FORBIDDEN', 'This bearer token is not known to this service.');
    if (info.revokedAt) throw new AuthFailure('FORBIDDEN', `This bearer token ("${info.name}") was revoked.`);
    return info;
  }

  /** A new token: the secret is returned once and never stored. */
  async create(name: string): Promise<{ token: string; info: ApiTokenInfo }> {
    if (!TOKEN_NAME.test(name)) throw new Error(`a token name is letters, digits, ".", "_", "@", ":" or "-" (at most 100), got ${JSON.stringify(name)}`);
    const existing = (await this.tokens.list()).find((t) => t.name === name);
    if (existing) throw new Error(`a token named "${name}" already exists (id ${existing.id}${existing.revokedAt ? ', revoked' : ''}); pick another name`);
    const token = `wct_${crypto.randomBytes(32).toString('base64url')}`;
    return { token, info: await this.tokens.create(name, hashToken(token)) };
  }

  revoke(nameOrId: string): Promise<ApiTokenInfo | null> {
    return this.tokens.revoke(nameOrId);
  }

  list(): Promise<ApiTokenInfo[]> {
    return this.tokens.list();
  }
}
