import { Field, ObjectType } from 'type-graphql';
import { IsolationEnum, RemediationKindEnum, SupportEnum } from './enums';
import { ResolvedImageType } from './image.type';
import { ReleaseType } from './release.type';
import { WindowsVersionType } from './windows-version.type';

@ObjectType('Reason', { description: 'One step of the reasoning: the rule, what it said, and the document behind it.' })
export class ReasonType {
  @Field(() => String, { description: 'Rule id, e.g. same-build-required.' }) rule: string;
  @Field(() => String) text: string;
  @Field(() => String) source: string;
}

@ObjectType('IsolationVerdict', { description: 'The verdict for one isolation mode.' })
export class IsolationVerdictType {
  @Field(() => IsolationEnum) isolation: IsolationEnum;
  @Field(() => SupportEnum) support: SupportEnum;
  @Field(() => [ReasonType], { description: 'Caveats of rules that passed, then the deciding reason last.' }) reasons: ReasonType[];
}

@ObjectType('Remediation', { description: 'A fix that applies.' })
export class RemediationType {
  @Field(() => RemediationKindEnum) kind: RemediationKindEnum;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true, description: 'The command, tag or YAML to use.' }) snippet: string | null;
}

@ObjectType('SourceNote', { description: 'Where Microsoft\'s page, the runtimes and field reports disagree about this pair, and what we do.' })
export class SourceNoteType {
  @Field(() => String) id: string;
  @Field(() => String) text: string;
  @Field(() => [String]) sources: string[];
}

@ObjectType('Compatibility', { description: 'Can this image run on this host, how, why, and how to fix it.' })
export class CompatibilityType {
  @Field(() => IsolationVerdictType) process: IsolationVerdictType;
  @Field(() => IsolationVerdictType) hyperv: IsolationVerdictType;
  @Field(() => IsolationEnum, { nullable: true }) recommendedIsolation: IsolationEnum | null;
  @Field(() => String, { description: 'One sentence a chatbot can say as it is.' }) summary: string;
  @Field(() => [RemediationType]) remediations: RemediationType[];
  @Field(() => [SourceNoteType]) notes: SourceNoteType[];
  @Field(() => WindowsVersionType) host: WindowsVersionType;
  @Field(() => ResolvedImageType) image: ResolvedImageType;
}

@ObjectType('HostRelease', { description: 'A release that can run an image, with the isolation modes that work.' })
export class HostReleaseType {
  @Field(() => ReleaseType) release: ReleaseType;
  @Field(() => [IsolationEnum], { description: 'Modes that are SUPPORTED or PREVIEW, process first.' }) isolationModes: IsolationEnum[];
  @Field(() => IsolationVerdictType) process: IsolationVerdictType;
  @Field(() => IsolationVerdictType) hyperv: IsolationVerdictType;
  @Field(() => String, { nullable: true, description: 'A condition on the host beyond its release (Windows Server 2016: its revision).' }) condition: string | null;
}
