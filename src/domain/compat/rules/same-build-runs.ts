import { LTSC2016 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/** The last process rule: everything that could stop a same-build pair has had its say. "For hosts or images
 *  using Windows Server, version 1809 and later … the host and container image do not need matching revisions." */
export const sameBuildRuns: CompatRule = {
  id: 'same-build-runs',
  title: 'Host and image of the same build run with process isolation',
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    const build = imageBuild(ctx);
    const revisions = build === LTSC2016 ? 'and the same revision' : 'revisions need not match';
    return decide('SUPPORTED', `Host and image are both build ${build} (${revisions}), so process isolation works.`);
  },
};
