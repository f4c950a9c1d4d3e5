/**
 * The fleet: Windows nodes from ingested `kubectl get nodes -o json`, and which of them can run
 * an image. Each node is read as a host exactly as a pasted host is (nodeHost → parseHostInput)
 * and judged by the rules engine (checkCompat); no rule lives here. Not cached: the answer
 * depends on the node inventory, which the catalog version does not cover.
 */
import { checkCompat } from '../domain/compat/check-compat';
import type { Compatibility } from '../domain/compat/verdict';
import { nodeHost } from '../domain/ingest/kube-node';
import type { NodeRepository, StoredNode } from '../data/ingest-ports';
import type { CatalogService } from './catalog.service';
import { readImage, type TagLookup } from './image-resolver.service';

export interface NodeVerdict {
  readonly node: StoredNode;
  readonly compatibility: Compatibility;
}

const runs = (s: string) => s === 'SUPPORTED' || s === 'PREVIEW';

export class NodeService {
  constructor(
    private readonly catalogs: CatalogService,
    private readonly repository: NodeRepository,
    private readonly lookupTag: TagLookup,
  ) {}

  nodes(cluster?: string): Promise<StoredNode[]> {
    return this.repository.listNodes(cluster);
  }

  /** Nodes that run the image in at least one isolation mode (preview included), by cluster and name. */
  async nodesForImage(image: string, cluster?: string, imageOsVersion?: string): Promise<NodeVerdict[]> {
    const { catalog } = await this.catalogs.current();
    const spec = await readImage(image, catalog, this.lookupTag, imageOsVersion);
    const out: NodeVerdict[] = [];
    for (const node of await this.repository.listNodes(cluster)) {
      const host = nodeHost(node, catalog);
      if (!host.ok) continue; // stored nodes were read at ingestion; a catalog change cannot unmake a version
      const compatibility = checkCompat(host.value, spec, catalog);
      if (runs(compatibility.process.support) || runs(compatibility.hyperv.support)) out.push({ node, compatibility });
    }
    return out;
  }
}
