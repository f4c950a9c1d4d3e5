import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { IsolationEnum } from '../types/enums';
import { CompatibilityMatrixType } from '../types/matrix.type';

@Resolver()
export class MatrixResolver {
  @Query(() => CompatibilityMatrixType, {
    description: "A grid of canRun verdicts. With no arguments: every release supported today × every repository's current LTSC tags.",
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
