import type { Arch, HostKind, Release } from './release';
import type { WindowsVersion } from './windows-version.types';

/** Which of the forms a person pastes the host came in. */
export type HostInputForm =
  | 'version' // 10.0.17763.4010, 10.0.17763 (the Kubernetes windows-build label)
  | 'build-revision' // 17763.4010, 17763
  | 'ver-output' // Microsoft Windows [Version 10.0.16299.125]
  | 'buildlabex' // 14393.321.amd64fre.rs1_release_inmarket.161004-2338
  | 'kubectl-kernel' // 10.0 14393 (14393.1715.amd64fre.rs1_release_inmarket.170906-1810)
  | 'product-name' // Windows Server 2022, Windows 11 23H2, Windows Server, version 1903
  | 'version-code' // 1809, 20H2
  | 'ltsc-name' // ltsc2019
  | 'kb'; // KB4041691: the host has that update, so its revision

/** How a fact about the host was learned: from the input itself, a separate argument, the catalog, or a stated default. */
export type FactSource = 'input' | 'argument' | 'catalog' | 'default';

/** A host, as the rules need it. */
export interface HostSpec {
  readonly input: string;
  readonly form: HostInputForm;
  readonly version: WindowsVersion;
  readonly kind: HostKind;
  readonly kindSource: FactSource;
  readonly arch: Arch;
  readonly archSource: FactSource;
  /** The catalog release with this build and kind; null for a build the catalog does not know. */
  readonly release: Release | null;
  /** How the input was read, in words (e.g. "KB4041691 is 10.0.14393.1770"). */
  readonly interpretation: readonly string[];
}
