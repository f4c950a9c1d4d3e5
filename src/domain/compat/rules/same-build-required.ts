import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/** "Windows Server containers are blocked from starting when the build number between the container
 *  host and the container image are different." (the exceptions are the rules before this one) */
export const sameBuildRequired: CompatRule = {
  id: 'same-build-required',
  title: 'Process isolation needs the same build on host and image',
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const build = imageBuild(ctx);
    const hostBuild = ctx.host.version.build;
    if (build === hostBuild) return null;
    return decide(
      'UNSUPPORTED',
      `Process isolation needs the same build on host and image: the host is build ${hostBuild} and the image build ${build}; the container would fail with 0xc0370101.`,
    );
  },
};
