import { Field, Int, ObjectType } from 'type-graphql';
import { ArchEnum, ImageOriginEnum, SupportEnum, TagOriginEnum } from './enums';
import { ReleaseType } from './release.type';

@ObjectType('ResolvedImage', { description: 'An image reference resolved to the Windows version it runs.' })
export class ResolvedImageType {
  @Field(() => String, { description: 'The input, as given.' }) reference: string;
  @Field(() => String) registry: string;
  @Field(() => String) repository: string;
  @Field(() => String, { nullable: true }) tag: string | null;
  @Field(() => String, { nullable: true }) digest: string | null;
  @Field(() => ImageOriginEnum) origin: ImageOriginEnum;
  @Field(() => Int, { nullable: true }) build: number | null;
  @Field(() => Int, { nullable: true }) revision: number | null;
  @Field(() => String, { nullable: true, description: '10.0.B[.R], null when unknown.' }) osVersion: string | null;
  @Field(() => ArchEnum) arch: ArchEnum;
  @Field(() => String) archSource: string;
  @Field(() => String, { description: 'catalog, version-tag, kb-tag, floating-tag, base-in-tag, argument or unknown.' }) versionSource: string;
  @Field(() => Boolean, { description: 'True for tags that move every month (ltsc2019, 1809).' }) floating: boolean;
  @Field(() => ReleaseType, { nullable: true }) release: ReleaseType | null;
  @Field(() => [String]) interpretation: string[];
}

@ObjectType('ImageTag', { description: 'An image tag in the catalog.' })
export class ImageTagType {
  @Field(() => String) repository: string;
  @Field(() => String) tag: string;
  @Field(() => String, { description: 'repository:tag' }) reference: string;
  @Field(() => Int) build: number;
  @Field(() => Int, { nullable: true }) revision: number | null;
  @Field(() => ArchEnum) arch: ArchEnum;
  @Field(() => TagOriginEnum) origin: TagOriginEnum;
  @Field(() => Boolean) floating: boolean;
}

@ObjectType()
export class ImageTagEdge {
  @Field(() => ImageTagType) node: ImageTagType;
  @Field(() => String) cursor: string;
  @Field(() => SupportEnum, { description: 'SUPPORTED, or PREVIEW where the host runs it only as a preview.' }) support: SupportEnum;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Boolean) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'A Relay connection of image tags.' })
export class ImageTagConnection {
  @Field(() => [ImageTagEdge]) edges: ImageTagEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
