import { LTSC2022 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/**
 * A host build no release in the catalog has (an Insider build, or one newer than the catalog):
 * the page's exceptions are per release, so for an older image of the stable-ABI era we cannot say.
 * Microsoft only promised that the next LTSC after 2022 runs ltsc2022 images (Windows-Containers#117).
 */
export const hostBuildNotInCatalog: CompatRule = {
  id: 'host-build-not-in-catalog',
  title: 'A host build the catalog does not know cannot use the per-release exceptions',
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const { host } = ctx;
    const build = imageBuild(ctx);
    if (host.release !== null || build === host.version.build || build < LTSC2022) return null;
    return decide(
      'UNKNOWN',
      `Host build ${host.version.build} is not in the catalog, so whether it runs build ${build} images with process isolation (the stable-ABI exception) cannot be checked. Same-build images are safe.`,
    );
  },
};
