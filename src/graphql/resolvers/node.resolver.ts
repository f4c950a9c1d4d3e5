import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { NodeService, NodeVerdict } from '../../services/node.service';
import type { Context } from '../context';
import { toWindowsVersion } from '../types/mappers';
import { KubeNodeType, NodeCompatibilityType } from '../types/node.type';

const service = (ctx: Context): NodeService => {
  if (!ctx.nodes) throw new Error('ingestion is not wired into this server');
  return ctx.nodes;
};
const works = (s: string) => s === 'SUPPORTED' || s === 'PREVIEW';
const toNode = (n: NodeVerdict['node']) =>
  ({ ...n, osVersion: `10.0.${n.build}${n.revision === null ? '' : `.${n.revision}`}`, observedAt: n.observedAt.toISOString() }) as KubeNodeType;

@Resolver()
export class NodeResolver {
  @Query(() => [KubeNodeType], { description: 'Windows nodes from ingested inventories, by cluster and name.' })
  async nodes(@Ctx() ctx: Context, @Arg('cluster', () => String, { nullable: true }) cluster?: string): Promise<KubeNodeType[]> {
    return (await service(ctx).nodes(cluster ?? undefined)).map(toNode);
  }

  @Query(() => [NodeCompatibilityType], { description: 'Which of my nodes can run this image, and with which isolation (the same rules as canRun).' })
  async nodesForImage(
    @Ctx() ctx: Context,
    @Arg('image', () => String) image: string,
    @Arg('cluster', () => String, { nullable: true }) cluster?: string,
    @Arg('imageOsVersion', () => String, { nullable: true }) imageOsVersion?: string,
  ): Promise<NodeCompatibilityType[]> {
    const verdicts = await service(ctx).nodesForImage(image, cluster ?? undefined, imageOsVersion ?? undefined);
    return verdicts.map(({ node, compatibility: c }) => ({
      node: toNode(node),
      host: toWindowsVersion(c.host),
      isolationModes: [works(c.process.support) ? 'process' : null, works(c.hyperv.support) ? 'hyperv' : null].filter(Boolean),
      recommendedIsolation: c.recommendedIsolation,
      process: c.process,
      hyperv: c.hyperv,
      summary: c.summary,
    })) as unknown as NodeCompatibilityType[];
  }
}
