import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import { ArchEnum, HostKindEnum, IsolationEnum } from '../types/enums';
import { HostReleaseType } from '../types/compatibility.type';
import { ImageTagConnection } from '../types/image.type';
import { toRelease } from '../types/mappers';

export const MAX_PAGE_SIZE = 100;

@Resolver()
export class ImageResolver {
  @Query(() => ImageTagConnection, {
    description: 'Image tags in the catalog that run on the host in the given isolation mode, newest first.',
    // A page costs its size times what is asked of each edge (graphql/limits/query-cost.ts).
    complexity: ({ args, childComplexity }) => 1 + (Number(args.first) || 1) * childComplexity,
  })
  async imagesForHost(
    @Ctx() ctx: Context,
    @Arg('host', () => String) host: string,
    @Arg('isolation', () => IsolationEnum, { defaultValue: IsolationEnum.PROCESS }) isolation: IsolationEnum,
    @Arg('repository', () => String, { nullable: true }) repository?: string,
    @Arg('hostKind', () => HostKindEnum, { nullable: true }) hostKind?: HostKindEnum,
    @Arg('hostArch', () => ArchEnum, { nullable: true }) hostArch?: ArchEnum,
    @Arg('first', () => Int, { defaultValue: 20, description: `1 to ${MAX_PAGE_SIZE}.` }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ImageTagConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw badInput('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`, { field: 'first' });
    }
    const page = await ctx.images.imagesForHost({ host, isolation, repository: repository ?? undefined, kind: hostKind ?? undefined, arch: hostArch ?? undefined, first, after: after ?? null });
    return {
      edges: page.matches.map((m) => ({ node: { ...m.tag, reference: `${m.tag.repository}:${m.tag.tag}` }, cursor: m.cursor, support: m.support })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: page.matches[0]?.cursor ?? null, endCursor: page.endCursor },
      totalCount: page.totalCount,
    } as unknown as ImageTagConnection;
  }

  @Query(() => [HostReleaseType], { description: 'Releases that can run the image, with the isolation modes that work.' })
  async hostsForImage(
    @Ctx() ctx: Context,
    @Arg('image', () => String) image: string,
    @Arg('imageOsVersion', () => String, { nullable: true }) imageOsVersion?: string,
  ): Promise<HostReleaseType[]> {
    const hosts = await ctx.compatibility.hostsForImage(image, imageOsVersion ?? undefined);
    const works = (s: string) => s === 'SUPPORTED' || s === 'PREVIEW';
    return hosts.map((h) => ({
      ...h,
      release: toRelease(h.release),
      isolationModes: [works(h.process.support) ? 'process' : null, works(h.hyperv.support) ? 'hyperv' : null].filter(Boolean),
    })) as unknown as HostReleaseType[];
  }
}
