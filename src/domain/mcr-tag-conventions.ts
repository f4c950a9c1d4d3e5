/**
 * The tags Microsoft publishes for each base image, generated from the catalog
 * by the conventions of domain-notes §5, so the service can answer for tags no
 * registry crawl has seen yet. Per repository of each release:
 *
 *   <release>, <release>-amd64                       floating: the newest update (see floatingTagUpdate)
 *   10.0.B.R, 10.0.B.R-amd64                         every Patch Tuesday update of the build
 *   <prefix>-KB<n>, <prefix>-KB<n>-amd64             idem, except build 14393 (its images used 10.0.14393.R)
 *
 * where the updates are those released between the release's GA date and its end
 * of support, and <prefix> is ltsc2022/ltsc2025 for those releases and the version
 * code (1809, 20H2 …) otherwise. WS2019 and version 1809 share build 17763, so rows
 * are deduplicated by (repository, tag).
 */
import { floatingTagUpdate, releasesForTagCode } from './base-image-release';
import type { ImageTagRecord } from './image';
import { endOfSupport, type Release } from './release';
import type { ReleaseCatalog } from './release-catalog';
import { LTSC2016 } from './windows-builds';

const KB_PREFIX_FROM_LTSC_NAME = new Set(['ltsc2022', 'ltsc2025']);

export function deriveBaseImageTags(catalog: ReleaseCatalog): ImageTagRecord[] {
  const rows = new Map<string, ImageTagRecord>();
  const add = (repository: string, tag: string, build: number, revision: number | null, floating: boolean) => {
    for (const t of [tag, `${tag}-amd64`]) {
      const key = `${repository}:${t}`;
      if (!rows.has(key)) rows.set(key, { repository, tag: t, build, revision, arch: 'amd64', origin: 'derived', floating });
    }
  };
  for (const release of catalog.releases) {
    for (const [repository, tags] of Object.entries(release.baseImageTags)) {
      for (const code of tags) {
        const update = floatingTagUpdate(catalog, release.build, releasesForTagCode(catalog, code, repository));
        add(repository, code, release.build, update?.revision ?? null, true);
      }
      const prefix = kbPrefix(release);
      for (const u of servicedUpdates(catalog, release)) {
        add(repository, `10.0.${u.build}.${u.revision}`, u.build, u.revision, false);
        if (release.build !== LTSC2016) add(repository, `${prefix}-${u.kb}`, u.build, u.revision, false);
      }
    }
  }
  return [...rows.values()];
}

const kbPrefix = (r: Release): string =>
  r.ltscName !== null && KB_PREFIX_FROM_LTSC_NAME.has(r.ltscName) ? r.ltscName : r.versionCode;

function servicedUpdates(catalog: ReleaseCatalog, r: Release) {
  const end = endOfSupport(r);
  return catalog
    .updatesForBuild(r.build)
    .filter((u) => u.kind === 'security' && u.releaseDate >= r.gaDate && (end === null || u.releaseDate <= end));
}
