import type { ImageSpec } from '../image';
import type { Release } from '../release';
import type { ReleaseCatalog } from '../release-catalog';
import { LTSC2016 } from '../windows-builds';
import { evaluateIsolation } from './evaluate-rules';
import { hostOfRelease } from './synthetic';
import type { IsolationVerdict } from './verdict';

export interface HostRelease {
  readonly release: Release;
  readonly process: IsolationVerdict;
  readonly hyperv: IsolationVerdict;
  /** A condition on the host beyond its release, e.g. "at revision 10.0.14393.1770". */
  readonly condition: string | null;
}

/**
 * Every catalog release judged as a host for `image`, by the same rules as canRun. A Windows
 * Server 2016 host is taken at the image's own revision, since only that revision can run it.
 */
export function matchingHosts(image: ImageSpec, catalog: ReleaseCatalog): HostRelease[] {
  return catalog.releases.map((release) => {
    const pinRevision = release.build === LTSC2016 && image.build === LTSC2016 ? image.revision : null;
    const host = hostOfRelease(release, pinRevision, image.arch);
    const ctx = { host, image, catalog };
    return {
      release,
      process: evaluateIsolation(ctx, 'process'),
      hyperv: evaluateIsolation(ctx, 'hyperv'),
      condition: pinRevision === null ? null : `at revision 10.0.${LTSC2016}.${pinRevision}`,
    };
  });
}

/** Builds of server hosts that run the image with process isolation (for scheduler constraints). */
export function processHostBuilds(image: ImageSpec, catalog: ReleaseCatalog): number[] {
  const builds = matchingHosts(image, catalog)
    .filter((h) => h.release.kind === 'server' && h.process.support === 'SUPPORTED')
    .map((h) => h.release.build);
  return [...new Set(builds)].sort((a, b) => a - b);
}
