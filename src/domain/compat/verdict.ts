import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';

/** How well a host supports an image in one isolation mode. */
export type Support = 'SUPPORTED' | 'PREVIEW' | 'UNSUPPORTED' | 'UNKNOWN';
export type Isolation = 'process' | 'hyperv';

/** One step of the reasoning: which rule spoke, what it said, and the document behind it. */
export interface Reason {
  readonly rule: string;
  readonly text: string;
  readonly source: string;
}

export interface IsolationVerdict {
  readonly isolation: Isolation;
  readonly support: Support;
  /** The deciding rule's reason last; caveats of rules that passed before it. */
  readonly reasons: readonly Reason[];
}

/** A place where Microsoft's page, the runtimes and field reports disagree, and what we do about it. */
export interface SourceNote {
  readonly id: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export type RemediationKind =
  | 'REBUILD_FROM'
  | 'USE_HYPERV_ISOLATION'
  | 'DAEMON_HYPERV_DEFAULT'
  | 'MOVE_TO_MATCHING_HOST'
  | 'KUBERNETES_NODE_SELECTOR'
  | 'SWARM_CONSTRAINT'
  | 'UPDATE_HOST'
  | 'PIN_IMAGE_REVISION'
  | 'PROVIDE_MISSING_INPUT';

export interface Remediation {
  readonly kind: RemediationKind;
  /** One line a person can act on. */
  readonly title: string;
  /** The command, tag or YAML to use, when there is one. */
  readonly snippet: string | null;
}

export interface Compatibility {
  readonly host: HostSpec;
  readonly image: ImageSpec;
  readonly process: IsolationVerdict;
  readonly hyperv: IsolationVerdict;
  readonly recommendedIsolation: Isolation | null;
  /** One sentence a chatbot can say as it is. */
  readonly summary: string;
  readonly remediations: readonly Remediation[];
  readonly notes: readonly SourceNote[];
}
