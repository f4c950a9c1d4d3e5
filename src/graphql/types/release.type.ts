import { Field, Int, ObjectType } from 'type-graphql';
import { HostKindEnum, UpdateKindEnum } from './enums';

@ObjectType({ description: 'Floating base-image tags of one repository for a release.' })
export class RepositoryTags {
  @Field(() => String) repository: string;
  @Field(() => [String]) tags: string[];
}

@ObjectType('Release', { description: 'A Windows release: one build, server or client.' })
export class ReleaseType {
  @Field(() => String, { description: 'Stable slug, e.g. ws2019, win11-24h2.' }) key: string;
  @Field(() => String) name: string;
  @Field(() => String) family: string;
  @Field(() => HostKindEnum) kind: HostKindEnum;
  @Field(() => String, { description: 'Version code, e.g. 1809, 21H2.' }) versionCode: string;
  @Field(() => Int) build: number;
  @Field(() => String, { description: 'LTSC, SAC, AC (Annual Channel) or GA (client).' }) channel: string;
  @Field(() => String, { nullable: true }) ltscName: string | null;
  @Field(() => [String]) aliases: string[];
  @Field(() => String, { description: 'ISO date.' }) gaDate: string;
  @Field(() => String, { nullable: true }) mainstreamEnd: string | null;
  @Field(() => String, { nullable: true }) extendedEnd: string | null;
  @Field(() => [RepositoryTags]) baseImageTags: RepositoryTags[];
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => [String]) sources: string[];
}

@ObjectType('Update', { description: 'A cumulative update: KB number to build.revision.' })
export class UpdateType {
  @Field(() => String) kb: string;
  @Field(() => Int) build: number;
  @Field(() => Int) revision: number;
  @Field(() => String, { description: 'build.revision as 10.0.B.R' }) version: string;
  @Field(() => String, { description: 'ISO date.' }) releaseDate: string;
  @Field(() => String) product: string;
  @Field(() => UpdateKindEnum) kind: UpdateKindEnum;
  @Field(() => String) source: string;
}
