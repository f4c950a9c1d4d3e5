import { SOURCES } from '../sources';
import { type CompatRule, decide } from '../rule';

/** A container shares (process) or boots (Hyper-V) a kernel of the host's CPU architecture. */
export const architecturesMustMatch: CompatRule = {
  id: 'architectures-must-match',
  title: "The image's CPU architecture must be the host's",
  source: SOURCES.mobyPull,
  evaluate: ({ host, image }) => {
    if (host.arch === image.arch) return null;
    return decide('UNSUPPORTED', `The image is built for ${image.arch} and the host runs ${host.arch}; Windows containers do not cross architectures.`);
  },
};
