/**
 * One item of `kubectl get nodes -o json` (or a single `kubectl get node X -o json`) → a Windows
 * node, and a node → the host the rules judge (domain-notes §2.4). Fields read:
 *
 *   metadata.name                                   the node
 *   metadata.labels["kubernetes.io/os"]             windows, else the node is skipped (also status.nodeInfo.operatingSystem)
 *   metadata.labels["kubernetes.io/arch"]           amd64 | arm64            (also status.nodeInfo.architecture)
 *   metadata.labels["node.kubernetes.io/windows-build"]   10.0.B: never carries the revision
 *   status.nodeInfo.kernelVersion                   10.0.B.R, or "10.0 B (B.R.amd64fre.…)" on old kubelets
 *   status.nodeInfo.osImage                         "Windows Server 2022 Datacenter": server or client
 */
import type { DomainError } from '../errors';
import type { HostSpec } from '../host';
import { parseHostInput } from '../host-input';
import type { Arch, HostKind } from '../release';
import type { ReleaseCatalog } from '../release-catalog';
import { err, ok, type Result } from '../result';
import type { RowProblem } from './ingest-report';
import { show } from './update-row';

export interface KubeNodeRecord {
  readonly cluster: string;
  readonly name: string;
  readonly arch: Arch;
  readonly windowsBuild: string | null;
  readonly kernelVersion: string;
  readonly osImage: string;
  readonly build: number;
  readonly revision: number | null;
}

const NODE_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const WINDOWS_BUILD = /^10\.0\.(\d{5})$/;
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** null: not a Windows node (skipped and counted). */
export function readKubeNode(item: unknown, line: number, cluster: string, catalog: ReleaseCatalog): Result<KubeNodeRecord | null, RowProblem> {
  const problem = (field: string, reason: string) => err({ line, field, reason });
  const metadata = obj(obj(item).metadata);
  const labels = obj(metadata.labels);
  const info = obj(obj(obj(item).status).nodeInfo);
  const name = metadata.name;
  if (typeof name !== 'string' || !NODE_NAME.test(name)) return problem('metadata.name', `must be a node name, got ${show(name)}`);
  const os = labels['kubernetes.io/os'] ?? info.operatingSystem;
  if (os !== 'windows') return ok(null);
  const arch = labels['kubernetes.io/arch'] ?? info.architecture;
  if (arch !== 'amd64' && arch !== 'arm64') return problem('kubernetes.io/arch', `${name}: Windows containers run on amd64 or arm64, got ${show(arch)}`);
  const label = labels['node.kubernetes.io/windows-build'];
  if (label !== undefined && (typeof label !== 'string' || !WINDOWS_BUILD.test(label)))
    return problem('node.kubernetes.io/windows-build', `${name}: must be 10.0.<build>, got ${show(label)}`);
  const { kernelVersion, osImage } = info;
  if (typeof kernelVersion !== 'string' || kernelVersion.length > 256) return problem('status.nodeInfo.kernelVersion', `${name}: must be text, got ${show(kernelVersion)}`);
  if (typeof osImage !== 'string' || osImage.length > 256) return problem('status.nodeInfo.osImage', `${name}: must be text, got ${show(osImage)}`);
  const node = { cluster, name, arch: arch as Arch, windowsBuild: (label as string | undefined) ?? null, kernelVersion, osImage, build: 0, revision: null };
  const host = nodeHost(node, catalog);
  if (!host.ok) return problem('status.nodeInfo.kernelVersion', `${name}: ${host.error.message}`);
  const labelBuild = node.windowsBuild === null ? null : Number(WINDOWS_BUILD.exec(node.windowsBuild)![1]);
  if (labelBuild !== null && labelBuild !== host.value.version.build)
    return problem('node.kubernetes.io/windows-build', `${name}: the label says build ${labelBuild}, the kernel version ${show(kernelVersion)} build ${host.value.version.build}`);
  return ok({ ...node, build: host.value.version.build, revision: host.value.version.revision });
}

/** What osImage says the node is: Windows Server …, or a Windows 10/11 client. */
export const nodeKind = (osImage: string): HostKind | undefined =>
  /windows server/i.test(osImage) ? 'server' : /windows 1[01]\b/i.test(osImage) ? 'client' : undefined;

/**
 * The node as a host, read like any pasted host (host-input.ts): its kernel version, or the
 * windows-build label (build only, revision unknown) when the kubelet reported none.
 */
export function nodeHost(node: Omit<KubeNodeRecord, 'build' | 'revision'>, catalog: ReleaseCatalog): Result<HostSpec, DomainError> {
  const hints = { arch: node.arch, kind: nodeKind(node.osImage) };
  if (node.kernelVersion.trim() === '' && node.windowsBuild !== null) return parseHostInput(node.windowsBuild, catalog, hints);
  return parseHostInput(node.kernelVersion, catalog, hints); // an unreadable kernel version is an error, not a cue to guess
}
