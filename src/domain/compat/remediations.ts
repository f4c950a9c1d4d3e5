import { FEB_2020_BASELINE, LTSC2016 } from '../windows-builds';
import { processHostBuilds } from './matching-hosts';
import { derivedEquivalent, rebuildTarget } from './rebuild-target';
import type { CompatContext } from './rule';
import { kubernetesPlacement, swarmConstraint } from './scheduler-snippets';
import type { IsolationVerdict, Remediation } from './verdict';

const decidedBy = (v: IsolationVerdict): string => v.reasons[v.reasons.length - 1].rule;

/** The fixes that apply when process isolation does not simply work, most direct first. */
export function remediationsFor(ctx: CompatContext, process: IsolationVerdict, hyperv: IsolationVerdict): Remediation[] {
  if (process.support === 'SUPPORTED') return [];
  const { host, image, catalog } = ctx;
  const ref = image.reference.tag ? `${image.reference.repository}:${image.reference.tag}` : image.reference.repository;
  const out: Remediation[] = [];
  const rule = decidedBy(process);

  if (rule === 'image-version-must-be-known') {
    return [{ kind: 'PROVIDE_MISSING_INPUT', title: "Give the image's Windows version as imageOsVersion (docker inspect reports it as OsVersion).", snippet: `docker inspect --format "{{.OsVersion}}" ${ref}` }];
  }
  if (rule === 'ws2016-revision-must-match' && process.support === 'UNKNOWN') {
    out.push({ kind: 'PROVIDE_MISSING_INPUT', title: 'Give the full host version (10.0.14393.R, from `ver`) or its latest KB, and a revision-pinned image tag.', snippet: 'ver' });
  }
  if (hyperv.support === 'SUPPORTED') {
    out.push({ kind: 'USE_HYPERV_ISOLATION', title: 'Run it with Hyper-V isolation (in Kubernetes: a RuntimeClass with the runhcs-wcow-hypervisor handler, containerd 1.7+).', snippet: `docker run --isolation=hyperv ${ref}` });
    out.push({ kind: 'DAEMON_HYPERV_DEFAULT', title: 'Or make Hyper-V isolation the default of the Docker engine (for Swarm services): C:\\ProgramData\\docker\\config\\daemon.json, then restart Docker.', snippet: '{\n  "exec-opts": ["isolation=hyperv"]\n}' });
  }
  if (rule === 'ws2016-revision-must-match' && host.version.revision !== null) {
    out.push({ kind: 'PIN_IMAGE_REVISION', title: `Rebuild FROM the base image at the host's revision (10.0.${LTSC2016}.${host.version.revision}).`, snippet: `FROM ${baseRepository(ctx)}:10.0.${LTSC2016}.${host.version.revision}` });
  }
  if (rule === 'ws2016-revision-must-match' && image.revision !== null && host.version.revision !== null) {
    const kb = catalog.updateWithRevision(LTSC2016, image.revision)?.kb;
    out.push({ kind: 'UPDATE_HOST', title: `Or update the host to the image's revision 10.0.${LTSC2016}.${image.revision}${kb ? ` (${kb})` : ''}.`, snippet: null });
  }
  if (rule === 'feb-2020-baseline' && image.build !== null && host.version.revision !== null && host.version.revision < FEB_2020_BASELINE[image.build]) {
    out.push({ kind: 'UPDATE_HOST', title: `Install the February 2020 or a later cumulative update on the host (revision ${FEB_2020_BASELINE[image.build]}+).`, snippet: null });
  }
  const target = rebuildTarget(ctx);
  if (target && target.reference !== ref && rule !== 'ws2016-revision-must-match') {
    const derived = derivedEquivalent(image, target);
    const preview = target.support === 'PREVIEW' ? ' (process isolation of it is a preview on this host)' : '';
    out.push({ kind: 'REBUILD_FROM', title: `Rebuild FROM ${target.reference}, the newest base image this host runs with process isolation${preview}${derived ? `; for this image, ${derived} if it is published` : ''}.`, snippet: `FROM ${target.reference}` });
  }
  if (image.build !== null && rule !== 'architectures-must-match') {
    const builds = processHostBuilds(image, catalog);
    if (builds.length > 0) {
      const names = builds.map((b) => catalog.primaryRelease(b, 'server')?.name ?? `build ${b}`).join(', ');
      out.push({ kind: 'MOVE_TO_MATCHING_HOST', title: `Or run it on a host that runs it with process isolation: ${names}.`, snippet: null });
      out.push({ kind: 'KUBERNETES_NODE_SELECTOR', title: 'In Kubernetes, schedule it only on matching Windows nodes.', snippet: kubernetesPlacement(builds, image) });
      out.push({ kind: 'SWARM_CONSTRAINT', title: 'In Docker Swarm, label nodes with their OsVersion and constrain the service.', snippet: swarmConstraint(image.build) });
    }
  }
  return out;
}

function baseRepository(ctx: CompatContext): string {
  return ctx.image.origin === 'base' ? ctx.image.reference.repository : 'mcr.microsoft.com/windows/servercore';
}
