import type { Arch } from '../domain/release';
import type { KubeNode as KubeNodeRow, PrismaClient } from '../generated/prisma/client';
import type { NodeRepository, StoredNode } from './ingest-ports';

export const nodeFromRow = (row: KubeNodeRow): StoredNode => ({
  cluster: row.cluster,
  name: row.name,
  arch: row.arch as Arch,
  windowsBuild: row.windowsBuild,
  kernelVersion: row.kernelVersion,
  osImage: row.osImage,
  build: row.build,
  revision: row.revision,
  observedAt: row.observedAt,
});

export class PrismaNodeRepository implements NodeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listNodes(cluster?: string): Promise<StoredNode[]> {
    const rows = await this.prisma.kubeNode.findMany({
      where: cluster === undefined ? {} : { cluster },
      orderBy: [{ cluster: 'asc' }, { name: 'asc' }],
    });
    return rows.map(nodeFromRow);
  }
}
