/** `kubectl get nodes -o json` (a List) or `kubectl get node X -o json` (one Node) → Windows node rows. */
import { lineAt, linesOf, parseJsonDocument } from '../domain/ingest/json-document';
import { readKubeNode, type KubeNodeRecord } from '../domain/ingest/kube-node';
import type { ReleaseCatalog } from '../domain/release-catalog';
import type { Lined } from '../data/ingest-ports';
import { InputFileError } from './input-text';
import type { Tally } from './tally';
import { wholeText } from './text-lines';

export interface NodeRows {
  readonly rows: Lined<KubeNodeRecord>[];
  /** Every node name the file lists, Windows or not, valid or not: nodes missing from it are gone. */
  readonly listed: Set<string>;
}

export async function nodeRows(chunks: AsyncIterable<string>, cluster: string, catalog: ReleaseCatalog, tally: Tally): Promise<NodeRows> {
  const doc = parseJsonDocument(await wholeText(chunks), 2);
  if (!doc.ok) throw new InputFileError(`nodes: ${doc.error}`);
  const top = doc.value.value as { kind?: unknown; items?: unknown } | null;
  const single = top?.kind === 'Node';
  if (!single && !Array.isArray(top?.items))
    throw new InputFileError('nodes: expected the output of `kubectl get nodes -o json` (an object with "items") or of `kubectl get node <name> -o json`');
  const items: unknown[] = single ? [top] : (top!.items as unknown[]);
  const lines = single ? [1] : linesOf(doc.value, 'items');
  const rows: Lined<KubeNodeRecord>[] = [];
  const listed = new Set<string>();
  items.forEach((item, i) => {
    tally.row();
    const line = lineAt(lines, i);
    const name = (item as { metadata?: { name?: unknown } } | null)?.metadata?.name;
    if (typeof name === 'string') listed.add(name);
    const r = readKubeNode(item, line, cluster, catalog);
    if (!r.ok) tally.problems.add(r.error);
    else if (r.value === null) tally.skipped++;
    else rows.push({ line, value: r.value });
  });
  tally.done();
  return { rows, listed };
}
