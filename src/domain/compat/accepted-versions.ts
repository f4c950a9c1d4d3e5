import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';
import type { ReleaseCatalog } from '../release-catalog';
import type { Release } from '../release';
import { evaluateIsolation } from './evaluate-rules';
import type { Isolation, Support } from './verdict';

export interface ImageVersion {
  readonly build: number;
  readonly revision: number | null;
}

export interface AcceptedVersion extends ImageVersion {
  readonly support: Support;
}

/**
 * Which of the image versions present in the catalog a host runs in one isolation mode, judged by
 * the same rules as canRun (so imagesForHost never lists a tag that canRun would refuse). Previews
 * are included and say so.
 */
export function acceptedVersions(host: HostSpec, versions: readonly ImageVersion[], isolation: Isolation, catalog: ReleaseCatalog): AcceptedVersion[] {
  // A large catalog holds thousands of versions of a handful of builds: look each build's release up once.
  const releases = new Map<number, Release | null>();
  const releaseOf = (build: number): Release | null => {
    if (!releases.has(build)) releases.set(build, catalog.primaryRelease(build, 'server') ?? catalog.primaryRelease(build));
    return releases.get(build)!;
  };
  const accepted: AcceptedVersion[] = [];
  for (const v of versions) {
    const { support } = evaluateIsolation({ host, image: baseImage(v, releaseOf(v.build)), catalog }, isolation);
    if (support === 'SUPPORTED' || support === 'PREVIEW') accepted.push({ build: v.build, revision: v.revision, support });
  }
  return accepted;
}

const SERVERCORE = 'mcr.microsoft.com/windows/servercore';
const SERVERCORE_REFERENCE = Object.freeze({ input: SERVERCORE, registry: 'mcr.microsoft.com', path: 'windows/servercore', repository: SERVERCORE, tag: null, digest: null });

function baseImage(v: ImageVersion, release: Release | null): ImageSpec {
  return {
    reference: SERVERCORE_REFERENCE,
    origin: 'base',
    build: v.build,
    revision: v.revision,
    arch: 'amd64',
    archSource: 'catalog',
    versionSource: 'catalog',
    floating: false,
    release,
    interpretation: [],
  };
}
