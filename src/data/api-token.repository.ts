import type { PrismaClient } from '../generated/prisma/client';
import type { ApiTokenInfo, ApiTokenRepository } from './ingest-ports';

const INFO = { id: true, name: true, createdAt: true, revokedAt: true } as const;

export class PrismaApiTokenRepository implements ApiTokenRepository {
  constructor(private readonly prisma: PrismaClient) {}

  create(name: string, tokenHash: string): Promise<ApiTokenInfo> {
    return this.prisma.apiToken.create({ data: { name, tokenHash }, select: INFO });
  }

  findByHash(tokenHash: string): Promise<ApiTokenInfo | null> {
    return this.prisma.apiToken.findUnique({ where: { tokenHash }, select: INFO });
  }

  async revoke(nameOrId: string): Promise<ApiTokenInfo | null> {
    const where = /^\d{1,9}$/.test(nameOrId) ? { id: Number(nameOrId) } : { name: nameOrId };
    const token = await this.prisma.apiToken.findUnique({ where, select: INFO });
    if (!token) return null;
    if (token.revokedAt) return token; // revoking twice keeps the first date
    return this.prisma.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: INFO });
  }

  list(): Promise<ApiTokenInfo[]> {
    return this.prisma.apiToken.findMany({ orderBy: { id: 'asc' }, select: INFO });
  }
}
