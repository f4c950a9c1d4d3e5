import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';
import type { ReleaseCatalog } from '../release-catalog';
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
  return versions
    .map((v) => ({ ...v, support: evaluateIsolation({ host, image: baseImage(v, catalog), catalog }, isolation).support }))
    .filter((v) => v.support === 'SUPPORTED' || v.support === 'PREVIEW');
}

function baseImage(v: ImageVersion, catalog: ReleaseCatalog): ImageSpec {
  const repository = 'mcr.microsoft.com/windows/servercore';
  return {
    reference: { input: repository, registry: 'mcr.microsoft.com', path: 'windows/servercore', repository, tag: null, digest: null },
    origin: 'base',
    build: v.build,
    revision: v.revision,
    arch: 'amd64',
    archSource: 'catalog',
    versionSource: 'catalog',
    floating: false,
    release: catalog.primaryRelease(v.build, 'server') ?? catalog.primaryRelease(v.build),
    interpretation: [],
  };
}
