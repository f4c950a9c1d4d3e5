/**
 * What an image's tag says about its Windows version, before the caller's
 * imageOsVersion is weighed against it (resolve-image.ts).
 */
import { floatingTagCodes, floatingTagUpdate, releasesForTagCode } from './base-image-release';
import { findDerivedBase } from './derived-image-tag';
import { didYouMean } from './did-you-mean';
import { domainError, type DomainError } from './errors';
import type { ImageReference, ImageTagRecord, ImageVersionSource } from './image';
import { parseMcrTag, PREVIEW_TAG, type McrTag } from './mcr-tag';
import type { Arch } from './release';
import type { ReleaseCatalog } from './release-catalog';
import { err, ok, type Result } from './result';
import { formatWindowsVersion, windowsVersion } from './windows-version';

export interface TagReading {
  readonly build: number | null;
  readonly revision: number | null;
  /** null: the tag names no architecture. */
  readonly arch: Arch | null;
  readonly archSource: 'tag' | 'catalog';
  readonly versionSource: ImageVersionSource;
  readonly floating: boolean;
  readonly notes: readonly string[];
}

const reading = (
  build: number | null,
  revision: number | null,
  arch: Arch | null,
  versionSource: ImageVersionSource,
  floating: boolean,
  note: string,
): TagReading => ({ build, revision, arch, archSource: 'tag', versionSource, floating, notes: [note] });

export const readCatalogRow = (row: ImageTagRecord): TagReading => ({
  ...reading(row.build, row.revision, row.arch, 'catalog', row.floating, ''),
  archSource: 'catalog',
  notes: [
    `${row.repository}:${row.tag} is in the tag catalog (${row.origin}) as ` +
      `${formatWindowsVersion(windowsVersion(row.build, row.revision))}${row.floating ? ', a floating tag' : ''}.`,
  ],
});

export const unknownReading = (note: string): TagReading => reading(null, null, null, 'unknown', false, note);

/** A base repository's tag; null for a digest-only reference, whose version the tag cannot tell. */
export function readBaseTag(ref: ImageReference, catalog: ReleaseCatalog): Result<TagReading | null, DomainError> {
  if (ref.tag === null && ref.digest !== null) return ok(null);
  const parsed = parseMcrTag(ref.tag ?? 'latest');
  if (!parsed.ok) {
    const noTag = ref.tag === null ? `${ref.input} names no tag, which means "latest". ` : '';
    return err({ ...parsed.error, message: noTag + parsed.error.message, input: ref.input });
  }
  const t = parsed.value;
  if (t.kind === 'version')
    return ok(reading(t.build, t.revision, t.arch, 'version-tag', false, `Tag ${ref.tag} names OS version 10.0.${t.build}.${t.revision}.`));
  if (t.kind === 'preview')
    return ok(
      reading(t.build, null, t.arch, 'floating-tag', true,
        `${PREVIEW_TAG} was a temporary Windows Server 2022 image (build ${t.build}) for Windows 10 21H1 Hyper-V hosts, ` +
          'removed at Windows 11 GA; its revision is unknown.'),
    );
  return readReleaseTag(ref, catalog, t);
}

function readReleaseTag(ref: ImageReference, catalog: ReleaseCatalog, t: McrTag): Result<TagReading, DomainError> {
  const code = t.releaseCode!;
  const releases = releasesForTagCode(catalog, code, ref.repository);
  if (releases.length === 0) {
    const known = floatingTagCodes(catalog, ref.repository);
    const list = known.join(', ') || 'none the catalog knows';
    return err(
      domainError('UNKNOWN_TAG', `${ref.repository} has no "${code}" release tag; it publishes ${list}.`, ref.input, {
        field: 'image',
        suggestions: known,
      }),
    );
  }
  const [release] = releases;
  const build = release.build;
  if (t.kind === 'release-kb') {
    const updates = catalog.updatesForKb(t.kb!).filter((u) => u.build === build);
    if (updates.length === 0) {
      const wanted = Number(t.kb!.slice(2));
      const distance = (kb: string) => Math.abs(Number(kb.slice(2)) - wanted);
      const nearest = [...new Set(catalog.updatesForBuild(build).filter((u) => u.kind === 'security').map((u) => u.kb))]
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, 3)
        .map((kb) => `${code}-${kb}`);
      const message = `${t.kb} is not an update the catalog knows for build ${build} (${release.name}), so ${ref.tag} cannot be resolved.`;
      return err(domainError('UNKNOWN_TAG', message + didYouMean(nearest), ref.input, { field: 'image', suggestions: nearest }));
    }
    const revision = updates[updates.length - 1].revision;
    return ok(reading(build, revision, t.arch, 'kb-tag', false, `Tag ${ref.tag} is ${release.name} with ${t.kb}: 10.0.${build}.${revision}.`));
  }
  const update = floatingTagUpdate(catalog, build, releases);
  const now = update ? `10.0.${build}.${update.revision} (${update.kb}, ${update.releaseDate})` : `build ${build}, revision unknown`;
  return ok(
    reading(build, update?.revision ?? null, t.arch, 'floating-tag', true,
      `Tag ${ref.tag} floats: it is re-pushed with every Patch Tuesday update of ${release.name}; the newest the catalog knows is ${now}.`),
  );
}

/** A Microsoft image built on a base image that its tag names (4.8-windowsservercore-ltsc2022). */
export function readDerivedTag(ref: ImageReference, catalog: ReleaseCatalog): Result<TagReading, DomainError> {
  const base = findDerivedBase(ref.tag!)!;
  const arch = (/(?:^|-)(amd64|arm64)(?:-|$)/.exec(ref.tag!)?.[1] ?? null) as Arch | null;
  if (base.build !== null)
    return ok(reading(base.build, base.revision, arch, 'base-in-tag', false, `Tag ${ref.tag} names its ${base.base} base as 10.0.${base.build}.${base.revision}.`));
  const release = releasesForTagCode(catalog, base.releaseCode!)[0];
  if (!release)
    return err(
      domainError('UNKNOWN_TAG', `Tag ${ref.tag} names base release "${base.releaseCode}", which the catalog does not know.`, ref.input, { field: 'image' }),
    );
  return ok(
    reading(release.build, null, arch, 'base-in-tag', true,
      `Tag ${ref.tag} is built on ${base.base}:${base.releaseCode} (${release.name}, build ${release.build}); ` +
        'the revision of that base is not in the tag.'),
  );
}
