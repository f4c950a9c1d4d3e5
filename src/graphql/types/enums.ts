import { registerEnumType } from 'type-graphql';

/** GraphQL enum names are upper case; their internal values are the domain's strings, so resolvers pass domain objects through. */
export enum SupportEnum {
  SUPPORTED = 'SUPPORTED',
  PREVIEW = 'PREVIEW',
  UNSUPPORTED = 'UNSUPPORTED',
  UNKNOWN = 'UNKNOWN',
}
export enum IsolationEnum {
  PROCESS = 'process',
  HYPERV = 'hyperv',
}
export enum HostKindEnum {
  SERVER = 'server',
  CLIENT = 'client',
}
export enum ArchEnum {
  AMD64 = 'amd64',
  ARM64 = 'arm64',
}
export enum RemediationKindEnum {
  REBUILD_FROM = 'REBUILD_FROM',
  USE_HYPERV_ISOLATION = 'USE_HYPERV_ISOLATION',
  DAEMON_HYPERV_DEFAULT = 'DAEMON_HYPERV_DEFAULT',
  MOVE_TO_MATCHING_HOST = 'MOVE_TO_MATCHING_HOST',
  KUBERNETES_NODE_SELECTOR = 'KUBERNETES_NODE_SELECTOR',
  SWARM_CONSTRAINT = 'SWARM_CONSTRAINT',
  UPDATE_HOST = 'UPDATE_HOST',
  PIN_IMAGE_REVISION = 'PIN_IMAGE_REVISION',
  PROVIDE_MISSING_INPUT = 'PROVIDE_MISSING_INPUT',
}
export enum TagOriginEnum {
  DERIVED = 'derived',
  OBSERVED = 'observed',
}
export enum ImageOriginEnum {
  BASE = 'base',
  DERIVED = 'derived',
  CUSTOM = 'custom',
}
export enum UpdateKindEnum {
  SECURITY = 'security',
  PREVIEW = 'preview',
  OUT_OF_BAND = 'out-of-band',
}

registerEnumType(SupportEnum, { name: 'Support', description: 'How well a host supports an image in one isolation mode.' });
registerEnumType(IsolationEnum, { name: 'Isolation', description: 'Process isolation shares the host kernel; Hyper-V isolation boots the image its own.' });
registerEnumType(HostKindEnum, { name: 'HostKind', description: 'Windows Server or a Windows client (10, 11).' });
registerEnumType(ArchEnum, { name: 'Arch', description: 'CPU architecture.' });
registerEnumType(RemediationKindEnum, { name: 'RemediationKind', description: 'What kind of fix a remediation is.' });
registerEnumType(TagOriginEnum, { name: 'TagOrigin', description: 'OBSERVED tags come from a registry; DERIVED ones from Microsoft\'s tag conventions.' });
registerEnumType(ImageOriginEnum, { name: 'ImageOrigin', description: 'A Windows base image, a Microsoft image built on one, or anything else.' });
registerEnumType(UpdateKindEnum, { name: 'UpdateKind', description: 'Patch Tuesday security release, optional preview, or out-of-band.' });
