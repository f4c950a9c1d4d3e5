import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { requestUsage } from '../plugins/request-usage';
import { RateLimitType } from '../types/rate-limit.type';

@Resolver()
export class RateLimitResolver {
  @Query(() => RateLimitType, { nullable: true, description: 'Your rate-limit budget, this query included; null when rate limiting is off.' })
  rateLimit(@Ctx() ctx: Context): RateLimitType | null {
    return requestUsage(ctx).rateLimit ?? null;
  }
}
