/** The node-inventory half of the ingest writer: one cluster's nodes, replaced by the new inventory. */
import type { KubeNodeRecord } from '../domain/ingest/kube-node';
import type { Change } from '../domain/ingest/release-row';
import type { Prisma } from '../generated/prisma/client';
import type { Lined } from './ingest-ports';
import { classifyRows, type Classified } from './ingest-rows.classify';
import { nodeFromRow } from './node.repository';

type Tx = Prisma.TransactionClient;

const FIELDS = ['arch', 'windowsBuild', 'kernelVersion', 'osImage', 'build', 'revision'] as const;

const compareNode = (stored: KubeNodeRecord | null, incoming: KubeNodeRecord): Change<KubeNodeRecord> =>
  !stored ? { kind: 'insert', value: incoming }
    : FIELDS.every((f) => stored[f] === incoming[f]) ? { kind: 'unchanged' }
      : { kind: 'update', value: incoming }; // a node is state, not a fact: patching it is news

export interface ClassifiedNodes extends Classified<KubeNodeRecord> {
  /** Stored nodes the file does not list at all. */
  readonly gone: string[];
}

export async function classifyNodes(tx: Tx, cluster: string, rows: readonly Lined<KubeNodeRecord>[], listed: ReadonlySet<string>): Promise<ClassifiedNodes> {
  const stored = (await tx.kubeNode.findMany({ where: { cluster } })).map(nodeFromRow);
  const c = classifyRows(rows, (n) => n.name, new Map(stored.map((n) => [n.name, n])), compareNode, (n) => `node ${n.name}`);
  const gone = stored.filter((n) => !listed.has(n.name)).map((n) => n.name);
  return { ...c, gone, outcome: { ...c.outcome, removed: gone.length } };
}

export async function applyNodes(tx: Tx, cluster: string, c: ClassifiedNodes): Promise<void> {
  const observedAt = new Date();
  if (c.gone.length) await tx.kubeNode.deleteMany({ where: { cluster, name: { in: c.gone } } });
  if (c.inserts.length) await tx.kubeNode.createMany({ data: c.inserts.map((n) => ({ ...n, observedAt })) });
  for (const n of c.updates) await tx.kubeNode.update({ where: { cluster_name: { cluster, name: n.name } }, data: { ...n, observedAt } });
}
