import { FEB_2020_BASELINE } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, caveat, decide, imageBuild } from '../rule';

/**
 * The February 2020 ("2B") security update changed the user/kernel interface: "Any combination of hosts
 * and containers on different sides of the new baseline won't work." Only process isolation shares the kernel.
 */
export const feb2020Baseline: CompatRule = {
  id: 'feb-2020-baseline',
  title: 'Host and image must be on the same side of the February 2020 (2B) update',
  source: SOURCES.updateContainers,
  evaluate: (ctx) => {
    const build = imageBuild(ctx);
    const baseline = FEB_2020_BASELINE[build];
    if (baseline === undefined) return null;
    const side = (rev: number | null) => (rev === null ? null : rev >= baseline ? 'after' : 'before');
    const host = side(ctx.host.version.revision);
    const image = side(ctx.image.revision);
    if (host !== null && image !== null) {
      if (host === image) return null;
      return decide(
        'UNSUPPORTED',
        `The host (revision ${ctx.host.version.revision}) and the image (revision ${ctx.image.revision}) are on different sides of the February 2020 security update (revision ${baseline} for build ${build}); such pairs fail with process isolation.`,
      );
    }
    if (host === 'before' || image === 'before') {
      return decide('UNKNOWN', `One side predates the February 2020 security update (revision ${baseline}) and the other side's revision is unknown; pairs across that update fail with process isolation.`);
    }
    return caveat(`Assumes both host and image have updates from February 2020 or later (revision ${baseline}+ for build ${build}); pairs across that update fail.`);
  },
};
