import { findDerivedBase } from './derived-image-tag';
import { domainError, type DomainError } from './errors';
import type { ImageReference, ImageSpec, ImageTagRecord } from './image';
import { readBaseTag, readCatalogRow, readDerivedTag, unknownReading, type TagReading } from './image-tag-reading';
import { isBaseImageRepository } from './mcr-tag';
import type { ReleaseCatalog } from './release-catalog';
import { err, ok, type Result } from './result';
import { formatWindowsVersion, isWindows10, parseWindowsVersion, windowsVersion } from './windows-version';

const MCR = 'mcr.microsoft.com';
const INSPECT = "pass imageOsVersion (docker inspect --format '{{.OsVersion}}' <image>)";

/**
 * An image's Windows version, from the best source available: the caller's
 * imageOsVersion (checked against the tag), then the catalog's row for the tag
 * (looked up by the caller), then the tag grammar (mcr-tag.ts, derived-image-tag.ts).
 */
export function resolveImage(
  ref: ImageReference,
  catalog: ReleaseCatalog,
  knownTag: ImageTagRecord | null,
  imageOsVersion?: string,
): Result<ImageSpec, DomainError> {
  const origin: ImageSpec['origin'] = isBaseImageRepository(ref.repository)
    ? 'base'
    : ref.registry === MCR && ref.tag !== null && findDerivedBase(ref.tag)
      ? 'derived'
      : 'custom';
  const fromTag: Result<TagReading | null, DomainError> = knownTag
    ? ok(readCatalogRow(knownTag))
    : origin === 'base'
      ? readBaseTag(ref, catalog)
      : origin === 'derived'
        ? readDerivedTag(ref, catalog)
        : ok(null);
  if (imageOsVersion !== undefined) return withOsVersion(ref, catalog, origin, fromTag, imageOsVersion);
  if (!fromTag.ok) return fromTag;
  if (fromTag.value) return ok(spec(ref, catalog, origin, fromTag.value));
  const why = origin === 'custom' ? 'is not a Microsoft base image' : 'names no tag';
  return ok(spec(ref, catalog, origin, unknownReading(`${ref.input} ${why}, so its Windows version is unknown: ${INSPECT}.`)));
}

function withOsVersion(
  ref: ImageReference,
  catalog: ReleaseCatalog,
  origin: ImageSpec['origin'],
  fromTag: Result<TagReading | null, DomainError>,
  imageOsVersion: string,
): Result<ImageSpec, DomainError> {
  const field = 'imageOsVersion';
  const parsed = parseWindowsVersion(imageOsVersion, field);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (!isWindows10(v))
    return err(domainError('INVALID_VERSION', `${field} "${imageOsVersion}" is not a Windows 10.0 version; Windows container images are 10.0.<build>.<revision>.`, imageOsVersion, { field }));
  const tag = fromTag.ok ? fromTag.value : null;
  // A floating tag's revision is today's; an older pull of it legitimately has another.
  const contradicts =
    tag !== null &&
    ((tag.build !== null && tag.build !== v.build) ||
      (!tag.floating && tag.revision !== null && v.revision !== null && tag.revision !== v.revision));
  if (contradicts) {
    const tagVersion = formatWindowsVersion(windowsVersion(tag.build!, tag.revision));
    return err(domainError('CONFLICTING_INPUT', `${field} ${imageOsVersion} contradicts ${ref.input}, which is ${tagVersion}.`, imageOsVersion, { field }));
  }
  const notes = [`OS version ${imageOsVersion} as given in ${field}.`];
  if (!fromTag.ok) notes.push(`The tag alone would not resolve: ${fromTag.error.message}`);
  return ok(
    spec(ref, catalog, origin, {
      build: v.build,
      revision: v.revision,
      arch: tag?.arch ?? null,
      archSource: tag?.archSource ?? 'tag',
      versionSource: 'argument',
      floating: false,
      notes,
    }),
  );
}

function spec(ref: ImageReference, catalog: ReleaseCatalog, origin: ImageSpec['origin'], t: TagReading): ImageSpec {
  const release = t.build === null ? null : (catalog.primaryRelease(t.build, 'server') ?? catalog.primaryRelease(t.build));
  const notes = [...t.notes];
  if (t.arch === null) notes.push("No architecture in the tag: read as amd64 (MCR's Windows manifest lists carry only amd64 images).");
  return {
    reference: ref,
    origin,
    build: t.build,
    revision: t.revision,
    arch: t.arch ?? 'amd64',
    archSource: t.arch === null ? 'default' : t.archSource,
    versionSource: t.versionSource,
    floating: t.floating,
    release,
    interpretation: notes,
  };
}
