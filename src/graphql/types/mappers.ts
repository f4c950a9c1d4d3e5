import type { HostSpec } from '../../domain/host';
import type { ImageSpec } from '../../domain/image';
import type { Release, Update } from '../../domain/release';
import type { ReleaseType, UpdateType } from './release.type';
import type { ResolvedImageType } from './image.type';
import type { WindowsVersionType } from './windows-version.type';

/** Domain values to GraphQL shapes: the only place that knows both. */
export const toRelease = (r: Release): ReleaseType =>
  ({ ...r, aliases: [...r.aliases], sources: [...r.sources], baseImageTags: Object.entries(r.baseImageTags).map(([repository, tags]) => ({ repository, tags: [...tags] })) }) as ReleaseType;

export const toUpdate = (u: Update): UpdateType => ({ ...u, version: `10.0.${u.build}.${u.revision}` }) as UpdateType;

export const toWindowsVersion = (h: HostSpec): WindowsVersionType =>
  ({
    ...h.version,
    input: h.input,
    form: h.form,
    kind: h.kind,
    kindSource: h.kindSource,
    arch: h.arch,
    archSource: h.archSource,
    version: `${h.version.major}.${h.version.minor}.${h.version.build}${h.version.revision === null ? '' : `.${h.version.revision}`}`,
    release: h.release ? toRelease(h.release) : null,
    interpretation: [...h.interpretation],
  }) as WindowsVersionType;

export const toResolvedImage = (i: ImageSpec): ResolvedImageType =>
  ({
    ...i.reference,
    reference: i.reference.input,
    origin: i.origin,
    build: i.build,
    revision: i.revision,
    osVersion: i.build === null ? null : `10.0.${i.build}${i.revision === null ? '' : `.${i.revision}`}`,
    arch: i.arch,
    archSource: i.archSource,
    versionSource: i.versionSource,
    floating: i.floating,
    release: i.release ? toRelease(i.release) : null,
    interpretation: [...i.interpretation],
  }) as ResolvedImageType;
