import { Field, Int, ObjectType } from 'type-graphql';
import { ArchEnum, HostKindEnum } from './enums';
import { ReleaseType } from './release.type';

@ObjectType('WindowsVersion', { description: 'A host version as read from the input, with the release it belongs to.' })
export class WindowsVersionType {
  @Field(() => String, { description: 'The input, as given.' }) input: string;
  @Field(() => String, { description: 'Which form the input was in: version, build-revision, ver-output, buildlabex, kubectl-kernel, product-name, version-code, ltsc-name, kb.' }) form: string;
  @Field(() => Int) major: number;
  @Field(() => Int) minor: number;
  @Field(() => Int) build: number;
  @Field(() => Int, { nullable: true, description: 'Null when the input did not give it: unknown, not zero.' }) revision: number | null;
  @Field(() => String, { description: 'major.minor.build[.revision]' }) version: string;
  @Field(() => HostKindEnum) kind: HostKindEnum;
  @Field(() => String, { description: 'input, argument, catalog or default: how the kind was decided.' }) kindSource: string;
  @Field(() => ArchEnum) arch: ArchEnum;
  @Field(() => String) archSource: string;
  @Field(() => ReleaseType, { nullable: true }) release: ReleaseType | null;
  @Field(() => [String], { description: 'How the input was read, in words.' }) interpretation: string[];
}
