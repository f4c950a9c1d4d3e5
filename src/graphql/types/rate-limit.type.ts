import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('RateLimit', { description: "The caller's rate-limit budget after this request (GitHub's rateLimit). Points are query cost." })
export class RateLimitType {
  @Field(() => Int, { description: 'Points this request cost.' }) cost: number;
  @Field(() => Int, { description: 'Points per window.' }) limit: number;
  @Field(() => Int) remaining: number;
  @Field(() => Int) used: number;
  @Field(() => GraphQLDateTime, { description: 'When the window resets and remaining returns to limit.' }) resetAt: Date;
  @Field(() => String, { description: 'The budget this counts against.' }) resource: string;
}
