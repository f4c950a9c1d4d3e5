import type { ImageSpec } from '../image';
import { LTSC2016 } from '../windows-builds';

/**
 * Kubernetes placement for builds that run an image: a nodeSelector on the kubelet's
 * node.kubernetes.io/windows-build label (major.minor.build, never the revision), or node affinity
 * when several builds qualify (ltsc2022 images run on 20348, 25398 and 26100 server nodes).
 */
export function kubernetesPlacement(builds: readonly number[], image: ImageSpec): string {
  const labels = builds.map((b) => `'10.0.${b}'`);
  const revisionNote =
    image.build === LTSC2016 && image.revision !== null
      ? `\n# Windows Server 2016 also needs the node at revision 10.0.14393.${image.revision}; the label does not carry it,\n# so label such nodes yourself (e.g. wincompat/os-revision: '${image.revision}') and select on that too.`
      : '';
  if (labels.length === 1) {
    return `nodeSelector:\n  kubernetes.io/os: windows\n  node.kubernetes.io/windows-build: ${labels[0]}${revisionNote}`;
  }
  return [
    'affinity:',
    '  nodeAffinity:',
    '    requiredDuringSchedulingIgnoredDuringExecution:',
    '      nodeSelectorTerms:',
    '      - matchExpressions:',
    '        - key: kubernetes.io/os',
    '          operator: In',
    '          values: [windows]',
    '        - key: node.kubernetes.io/windows-build',
    '          operator: In',
    `          values: [${labels.join(', ')}]`,
  ].join('\n') + revisionNote;
}

/** The page's Swarm mitigation: OS and OsVersion node labels, and service constraints on them. */
export function swarmConstraint(build: number): string {
  return [
    'docker node update --label-add OS="windows" --label-add OsVersion="$((Get-ComputerInfo).OsVersion)" $ENV:COMPUTERNAME',
    `docker service update --constraint-add "node.labels.OS == windows" --constraint-add "node.labels.OsVersion == 10.0.${build}" <service>`,
  ].join('\n');
}
