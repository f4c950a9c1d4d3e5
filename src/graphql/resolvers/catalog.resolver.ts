import { GraphQLDate } from 'graphql-scalars';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { HostKindEnum } from '../types/enums';
import { toRelease, toUpdate } from '../types/mappers';
import { ReleaseType, UpdateType } from '../types/release.type';

@Resolver()
export class CatalogResolver {
  @Query(() => [ReleaseType], { description: 'Windows releases in the catalog, optionally of one kind and still supported on a date.' })
  async releases(
    @Ctx() ctx: Context,
    @Arg('kind', () => HostKindEnum, { nullable: true }) kind?: HostKindEnum,
    @Arg('supportedOn', () => GraphQLDate, { nullable: true }) supportedOn?: Date,
  ): Promise<ReleaseType[]> {
    const on = supportedOn ? supportedOn.toISOString().slice(0, 10) : undefined;
    return (await ctx.releases.releases(kind ?? undefined, on)).map(toRelease);
  }

  @Query(() => ReleaseType, { nullable: true, description: 'The release a build means: the server where a client shares the build, unless kind says CLIENT.' })
  async release(
    @Ctx() ctx: Context,
    @Arg('build', () => Int) build: number,
    @Arg('kind', () => HostKindEnum, { nullable: true }) kind?: HostKindEnum,
  ): Promise<ReleaseType | null> {
    const r = await ctx.releases.release(build, kind ?? undefined);
    return r ? toRelease(r) : null;
  }

  @Query(() => [UpdateType], { description: 'A KB number: the build.revision it brings to each build it applies to.' })
  async update(@Ctx() ctx: Context, @Arg('kb', () => String) kb: string): Promise<UpdateType[]> {
    return (await ctx.releases.update(kb)).map(toUpdate);
  }
}
