import { LTSC2016 } from '../../windows-builds';
import { SOURCES } from '../sources';
import { type CompatRule, decide, imageBuild } from '../rule';

/** "Windows Server 2016-based containers will not run in a system where the revision numbers of the
 *  container host and the container image are different." Example: host 14393.1914, image 14393.1944. */
export const ws2016RevisionMustMatch: CompatRule = {
  id: 'ws2016-revision-must-match',
  title: 'Windows Server 2016 (build 14393) also needs the same revision on host and image',
  source: SOURCES.compatPage,
  evaluate: (ctx) => {
    if (imageBuild(ctx) !== LTSC2016) return null;
    const hostRev = ctx.host.version.revision;
    const imageRev = ctx.image.revision;
    if (hostRev === null || imageRev === null) {
      const missing = [hostRev === null ? "the host's revision" : null, imageRev === null ? "the image's revision" : null].filter(Boolean).join(' and ');
      return decide('UNKNOWN', `Windows Server 2016 containers need the same revision on host and image, and ${missing} is not known. Give the full version (10.0.14393.R) or a KB number.`);
    }
    if (hostRev !== imageRev) {
      return decide('UNSUPPORTED', `Windows Server 2016 containers need the same revision on host and image: the host is 10.0.14393.${hostRev} and the image 10.0.14393.${imageRev}.`);
    }
    return null;
  },
};
