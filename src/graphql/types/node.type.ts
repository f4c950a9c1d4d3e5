import { Field, Int, ObjectType } from 'type-graphql';
import { IsolationVerdictType } from './compatibility.type';
import { ArchEnum, IsolationEnum } from './enums';
import { WindowsVersionType } from './windows-version.type';

@ObjectType('KubeNode', { description: 'A Windows node of a Kubernetes cluster, from `kubectl get nodes -o json`.' })
export class KubeNodeType {
  @Field(() => String) cluster: string;
  @Field(() => String) name: string;
  @Field(() => ArchEnum) arch: ArchEnum;
  @Field(() => String, { nullable: true, description: 'The node.kubernetes.io/windows-build label (10.0.B: no revision).' }) windowsBuild: string | null;
  @Field(() => String, { description: 'status.nodeInfo.kernelVersion' }) kernelVersion: string;
  @Field(() => String, { description: 'status.nodeInfo.osImage' }) osImage: string;
  @Field(() => Int) build: number;
  @Field(() => Int, { nullable: true }) revision: number | null;
  @Field(() => String, { description: '10.0.B[.R]' }) osVersion: string;
  @Field(() => String, { description: 'When the inventory that added or last changed the node was ingested (ISO).' }) observedAt: string;
}

@ObjectType('NodeCompatibility', { description: 'A node that can run the image, and how.' })
export class NodeCompatibilityType {
  @Field(() => KubeNodeType) node: KubeNodeType;
  @Field(() => WindowsVersionType, { description: 'The node read as a host.' }) host: WindowsVersionType;
  @Field(() => [IsolationEnum], { description: 'Modes that are SUPPORTED or PREVIEW, process first.' }) isolationModes: IsolationEnum[];
  @Field(() => IsolationEnum, { nullable: true }) recommendedIsolation: IsolationEnum | null;
  @Field(() => IsolationVerdictType) process: IsolationVerdictType;
  @Field(() => IsolationVerdictType) hyperv: IsolationVerdictType;
  @Field(() => String) summary: string;
}
