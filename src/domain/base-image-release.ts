import { endOfSupport, type Release, type Update } from './release';
import type { ReleaseCatalog } from './release-catalog';

/**
 * The server releases whose base images carry a floating tag (`1809` is both
 * Windows Server 2019's and version 1809's), LTSC first. With a repository, only
 * the releases that publish the tag there.
 */
export function releasesForTagCode(catalog: ReleaseCatalog, code: string, repository?: string): Release[] {
  const publishes = (r: Release) =>
    Object.entries(r.baseImageTags).some(
      ([repo, tags]) => (repository === undefined || repo === repository) && tags.includes(code),
    );
  return catalog.releases
    .filter((r) => r.kind === 'server' && publishes(r))
    .sort((a, b) => Number(b.channel === 'LTSC') - Number(a.channel === 'LTSC'));
}

/** Every floating tag the catalog knows for one repository. */
export function floatingTagCodes(catalog: ReleaseCatalog, repository: string): string[] {
  const codes = catalog.releases.flatMap((r) => r.baseImageTags[repository] ?? []);
  return [...new Set(codes)];
}

/**
 * The update a floating tag points to now: the newest Patch Tuesday update of the
 * build released while one of the publishing releases was supported. The cap
 * matters for retired tags whose build lives on in a client (20H2 stopped at
 * 19042.1889 in August 2022 while Windows 10 20H2 was patched until 2023).
 */
export function floatingTagUpdate(catalog: ReleaseCatalog, build: number, releases: readonly Release[]): Update | null {
  const ends = releases.map(endOfSupport);
  const cap = ends.length === 0 || ends.includes(null) ? null : ends.reduce((a, b) => (a! > b! ? a : b));
  if (cap === null) return catalog.latestSecurityUpdate(build);
  const list = catalog.updatesForBuild(build).filter((u) => u.kind === 'security' && u.releaseDate <= cap);
  return list.length ? list[list.length - 1] : null;
}
