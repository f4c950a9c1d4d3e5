import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/** Every table marks a newer image on an older host ❌ in both modes (portability.md: "newer container
 *  image operating systems can't run on previous host operating system"); Docker refuses even to pull one. */
export const imageNotNewerThanHost: CompatRule = {
  id: 'image-not-newer-than-host',
  title: "An image of a newer build than the host's runs in neither isolation mode",
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const build = imageBuild(ctx);
    if (build <= ctx.host.version.build) return null;
    return decide(
      'UNSUPPORTED',
      `The image is build ${build}, newer than the host's build ${ctx.host.version.build}. A newer image runs on an older host in neither process nor Hyper-V isolation.`,
    );
  },
};
