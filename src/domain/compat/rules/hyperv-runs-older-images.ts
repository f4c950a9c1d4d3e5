import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/** "Running with Hyper-V isolation provides the container with a set of matching Kernel binaries and does
 *  not depend on the version of the host" — for images not newer than the host (checked before). */
export const hypervRunsOlderImages: CompatRule = {
  id: 'hyperv-runs-older-images',
  title: "Hyper-V isolation runs any image whose build is not newer than the host's",
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const build = imageBuild(ctx);
    const needs = ctx.host.kind === 'client' ? 'Windows Pro or Enterprise with the Hyper-V feature' : 'the Hyper-V role (nested virtualization inside a VM)';
    const relation = build === ctx.host.version.build ? 'the same build as the host' : `older than the host (build ${build} on ${ctx.host.version.build})`;
    return decide('SUPPORTED', `Hyper-V isolation boots the image's own kernel, so an image of ${relation} runs; it needs ${needs}.`);
  },
};
