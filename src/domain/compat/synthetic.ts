import type { HostSpec } from '../host';
import type { ImageSpec } from '../image';
import type { Release } from '../release';

/**
 * Hosts and images made from catalog releases rather than from user input: the engine asks the
 * same rules about them to find rebuild targets and matching hosts, so its advice never
 * contradicts its verdicts.
 */
export function hostOfRelease(release: Release, revision: number | null, arch: HostSpec['arch'] = 'amd64'): HostSpec {
  return {
    input: release.name,
    form: 'product-name',
    version: { major: 10, minor: 0, build: release.build, revision },
    kind: release.kind,
    kindSource: 'catalog',
    arch,
    archSource: 'default',
    release,
    interpretation: [],
  };
}

export function imageOfRelease(release: Release, repository: string, tag: string, revision: number | null): ImageSpec {
  const [registry, ...path] = repository.split('/');
  return {
    reference: { input: `${repository}:${tag}`, registry, path: path.join('/'), repository, tag, digest: null },
    origin: 'base',
    build: release.build,
    revision,
    arch: 'amd64',
    archSource: 'default',
    versionSource: 'floating-tag',
    floating: true,
    release,
    interpretation: [],
  };
}
