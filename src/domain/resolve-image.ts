import { floatingTagCodes, floatingTagUpdate, releasesForTagCode } from './base-image-release';
import { findDerivedBase } from './derived-image-tag';
import { didYouMean } from './did-you-mean';
import { domainError, type DomainError } from './errors';
import type { ImageReference, ImageSpec, ImageTagRecord, ImageVersionSource } from './image';
import { isBaseImageRepository, parseMcrTag, PREVIEW_TAG, type McrTag } from './mcr-tag';
import type { Arch } from './release';
import type { ReleaseCatalog } from './release-catalog';
import { err, ok, type Result } from './result';
import { formatWindowsVersion, isWindows10, parseWindowsVersion, windowsVersion } from './windows-version';

/** What the tag (or the catalog's row for it) says about the image. */
interface TagReading {
  readonly build: number | null;
  readonly revision: number | null;
  readonly arch: Arch | null;
  readonly archSource: 'tag' | 'catalog';
  readonly versionSource: ImageVersionSource;
  readonly floating: boolean;
  readonly notes: readonly string[];
}

const MCR = 'mcr.microsoft.com';

/**
 * An image's Windows version, from the best source available: the caller's
 * imageOsVersion, then the catalog's row for the tag, then the tag's grammar.
 */
export function resolveImage(
  ref: ImageReference,
  catalog: ReleaseCatalog,
  knownTag: ImageTagRecord | null,
  imageOsVersion?: string,
): Result<ImageSpec, DomainError> {
  const origin = isBaseImageRepository(ref.repository)
    ? 'base'
    : ref.registry === MCR && ref.tag !== null && findDerivedBase(ref.tag)
      ? 'derived'
      : 'custom';
  const reading: Result<TagReading | null, DomainError> = knownTag
    ? ok(fromCatalogRow(knownTag))
    : origin === 'base'
      ? readBaseTag(ref, catalog)
      : origin === 'derived'
        ? readDerivedTag(ref, catalog)
        : ok(null);

  if (imageOsVersion !== undefined) {
    const parsed = parseWindowsVersion(imageOsVersion, 'imageOsVersion');
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    if (!isWindows10(v))
      return err(domainError('INVALID_VERSION', `imageOsVersion "${imageOsVersion}" is not a Windows 10.0 version; Windows container images are 10.0.<build>.<revision>.`, imageOsVersion, { field: 'imageOsVersion' }));
    const tag = reading.ok ? reading.value : null;
    const conflict =
      tag !== null &&
      ((tag.build !== null && tag.build !== v.build) ||
        (!tag.floating && tag.revision !== null && v.revision !== null && tag.revision !== v.revision));
    if (conflict)
      return err(domainError('CONFLICTING_INPUT', `imageOsVersion ${imageOsVersion} contradicts ${ref.input}, which is ${formatWindowsVersion(windowsVersion(tag.build!, tag.revision))}.`, imageOsVersion, { field: 'imageOsVersion' }));
    const notes = [`OS version ${imageOsVersion} as given in imageOsVersion.`];
    if (!reading.ok) notes.push(`The tag alone would not resolve: ${reading.error.message}`);
    return ok(spec(ref, catalog, origin, { build: v.build, revision: v.revision, arch: tag?.arch ?? null, archSource: tag?.archSource ?? 'tag', versionSource: 'argument', floating: false, notes }));
  }
  if (!reading.ok) return reading;
  if (reading.value) return ok(spec(ref, catalog, origin, reading.value));
  const why =
    origin === 'custom'
      ? `${ref.input} is not a Microsoft base image, so its Windows version is unknown`
      : `${ref.input} names no tag, so its Windows version is unknown`;
  return ok(spec(ref, catalog, origin, { build: null, revision: null, arch: null, archSource: 'tag', versionSource: 'unknown', floating: false, notes: [`${why}: pass imageOsVersion (docker inspect --format '{{.OsVersion}}' <image>).`] }));
}

function spec(ref: ImageReference, catalog: ReleaseCatalog, origin: ImageSpec['origin'], t: TagReading): ImageSpec {
  const defaultArch = t.arch === null;
  const release = t.build === null ? null : (catalog.primaryRelease(t.build, 'server') ?? catalog.primaryRelease(t.build));
  const notes = [...t.notes];
  if (defaultArch) notes.push("No architecture in the tag: read as amd64 (MCR's Windows manifest lists carry only amd64 images).");
  return {
    reference: ref,
    origin,
    build: t.build,
    revision: t.revision,
    arch: t.arch ?? 'amd64',
    archSource: defaultArch ? 'default' : t.archSource,
    versionSource: t.versionSource,
    floating: t.floating,
    release,
    interpretation: notes,
  };
}

const fromCatalogRow = (row: ImageTagRecord): TagReading => ({
  build: row.build,
  revision: row.revision,
  arch: row.arch,
  archSource: 'catalog',
  versionSource: 'catalog',
  floating: row.floating,
  notes: [`${row.repository}:${row.tag} is in the tag catalog (${row.origin}) as ${formatWindowsVersion(windowsVersion(row.build, row.revision))}${row.floating ? ', a floating tag' : ''}.`],
});

function readBaseTag(ref: ImageReference, catalog: ReleaseCatalog): Result<TagReading | null, DomainError> {
  if (ref.tag === null && ref.digest !== null) return ok(null);
  const parsed = parseMcrTag(ref.tag ?? 'latest');
  if (!parsed.ok) {
    const noTag = ref.tag === null ? `${ref.input} names no tag, which means "latest". ` : '';
    return err({ ...parsed.error, message: noTag + parsed.error.message, input: ref.input });
  }
  const t = parsed.value;
  const arch = t.arch;
  if (t.kind === 'version')
    return ok({ build: t.build, revision: t.revision, arch, archSource: 'tag', versionSource: 'version-tag', floating: false, notes: [`Tag ${ref.tag} names OS version 10.0.${t.build}.${t.revision}.`] });
  if (t.kind === 'preview')
    return ok({ build: t.build, revision: null, arch, archSource: 'tag', versionSource: 'floating-tag', floating: true, notes: [`${PREVIEW_TAG} was a temporary Windows Server 2022 image (build ${t.build}) for Windows 10 21H1 Hyper-V hosts, removed at Windows 11 GA; its revision is unknown.`] });
  return readReleaseTag(ref, catalog, t);
}

function readReleaseTag(ref: ImageReference, catalog: ReleaseCatalog, t: McrTag): Result<TagReading, DomainError> {
  const code = t.releaseCode!;
  const releases = releasesForTagCode(catalog, code, ref.repository);
  if (releases.length === 0) {
    const known = floatingTagCodes(catalog, ref.repository);
    return err(domainError('UNKNOWN_TAG', `${ref.repository} has no "${code}" release tag; it publishes ${known.join(', ') || 'none the catalog knows'}.`, ref.input, { field: 'image', suggestions: known }));
  }
  const build = releases[0].build;
  if (t.kind === 'release-kb') {
    const updates = catalog.updatesForKb(t.kb!).filter((u) => u.build === build);
    if (updates.length === 0) {
      const kbNumber = Number(t.kb!.slice(2));
      const nearest = [...new Set(catalog.updatesForBuild(build).filter((u) => u.kind === 'security').map((u) => u.kb))]
        .sort((a, b) => Math.abs(Number(a.slice(2)) - kbNumber) - Math.abs(Number(b.slice(2)) - kbNumber))
        .slice(0, 3)
        .map((kb) => `${code}-${kb}`);
      return err(domainError('UNKNOWN_TAG', `${t.kb} is not an update the catalog knows for build ${build} (${releases[0].name}), so ${ref.tag} cannot be resolved.${didYouMean(nearest)}`, ref.input, { field: 'image', suggestions: nearest }));
    }
    const revision = updates[updates.length - 1].revision;
    return ok({ build, revision, arch: t.arch, archSource: 'tag', versionSource: 'kb-tag', floating: false, notes: [`Tag ${ref.tag} is ${releases[0].name} with ${t.kb}: 10.0.${build}.${revision}.`] });
  }
  const update = floatingTagUpdate(catalog, build, releases);
  const revision = update?.revision ?? null;
  const now = update ? `10.0.${build}.${revision} (${update.kb}, ${update.releaseDate})` : `build ${build}, revision unknown`;
  return ok({ build, revision, arch: t.arch, archSource: 'tag', versionSource: 'floating-tag', floating: true, notes: [`Tag ${ref.tag} floats: it is re-pushed with every Patch Tuesday update of ${releases[0].name}; the newest the catalog knows is ${now}.`] });
}

function readDerivedTag(ref: ImageReference, catalog: ReleaseCatalog): Result<TagReading, DomainError> {
  const base = findDerivedBase(ref.tag!)!;
  if (base.build !== null)
    return ok({ build: base.build, revision: base.revision, arch: null, archSource: 'tag', versionSource: 'base-in-tag', floating: false, notes: [`Tag ${ref.tag} names its ${base.base} base as 10.0.${base.build}.${base.revision}.`] });
  const release = releasesForTagCode(catalog, base.releaseCode!)[0];
  if (!release)
    return err(domainError('UNKNOWN_TAG', `Tag ${ref.tag} names base release "${base.releaseCode}", which the catalog does not know.`, ref.input, { field: 'image' }));
  const arch = /(?:^|-)(amd64|arm64)(?:-|$)/.exec(ref.tag!)?.[1] as Arch | undefined;
  return ok({ build: release.build, revision: null, arch: arch ?? null, archSource: 'tag', versionSource: 'base-in-tag', floating: true, notes: [`Tag ${ref.tag} is built on ${base.base}:${base.releaseCode} (${release.name}, build ${release.build}); the revision of that base is not in the tag.`] });
}
