import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { IsolationEnum } from '../types/enums';
import { CompatibilityMatrixType } from '../types/matrix.type';

/** Upper bounds of the default grid's size, for its cost before it is built. */
const DEFAULT_GRID_HOSTS = 16;
const DEFAULT_GRID_IMAGES = 12;

@Resolver()
export class MatrixResolver {
  @Query(() => CompatibilityMatrixType, {
    description: "A grid of canRun verdicts. With no arguments: every release supported today × every repository's current LTSC tags.",
    // Each cell is a canRun: price the grid by its size (the default grid is about 16 × 12).
    complexity: ({ args, childComplexity }) => 1 + (args.hosts?.length ?? DEFAULT_GRID_HOSTS) * (args.images?.length ?? DEFAULT_GRID_IMAGES) * 2 + childComplexity,
  })
  async compatibilityMatrix(
    @Ctx() ctx: Context,
    @Arg('hosts', () => [String], { nullable: true }) hosts?: string[],
    @Arg('images', () => [String], { nullable: true }) images?: string[],
    @Arg('isolation', () => IsolationEnum, { nullable: true }) isolation?: IsolationEnum,
  ): Promise<CompatibilityMatrixType> {
    return (await ctx.matrix.matrix({ hosts: hosts ?? undefined, images: images ?? undefined, isolation: isolation ?? undefined })) as CompatibilityMatrixType;
  }
}
