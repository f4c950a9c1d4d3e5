/**
 * Tags of Microsoft's Windows base images (mcr.microsoft.com/windows/servercore,
 * /nanoserver, /server and mcr.microsoft.com/windows), per the version-compatibility
 * page and the tag lists in domain-notes §5:
 *
 *   tag      := release [ sep "KB" digit{7} ] [ sep arch ]     floating, or pinned to a KB
 *             | "10.0." build "." revision [ sep arch ]        pinned to an OS version
 *             | "win10-21h1-preview"                           temporary WS2022 image, gone at Windows 11 GA
 *   release  := "ltsc2016" | "ltsc2019" | "ltsc2022" | "ltsc2025" | "sac2016"
 *             | "1709" | "1803" | "1809" | "1903" | "1909" | "2004" | "20H2" | "2009"
 *   sep      := "-" | "_"                                      ("_" is the 2018 style: 1803_KB4103721)
 *   arch     := "amd64" | "arm64"
 *
 * Tags are case-sensitive, as the registry's are. `latest` has not been published
 * since 2019-04-16 and gets its own error.
 */
import { didYouMean, suggestionList } from './did-you-mean';
import { domainError, type DomainError } from './errors';
import type { Arch } from './release';
import { err, ok, type Result } from './result';
import { clip, isWindows10, parseWindowsVersion } from './windows-version';

export const BASE_IMAGE_REPOSITORIES: readonly string[] = Object.freeze([
  'mcr.microsoft.com/windows/servercore',
  'mcr.microsoft.com/windows/nanoserver',
  'mcr.microsoft.com/windows/server',
  'mcr.microsoft.com/windows',
]);

export const RELEASE_TAG_CODES: readonly string[] = Object.freeze([
  'ltsc2016', 'ltsc2019', 'ltsc2022', 'ltsc2025', 'sac2016',
  '1709', '1803', '1809', '1903', '1909', '2004', '20H2', '2009',
]);

export const PREVIEW_TAG = 'win10-21h1-preview';
/** The release whose image the preview tag carried (Windows Server 2022). */
export const PREVIEW_TAG_BUILD = 20348;
export const LTSC_TAGS: readonly string[] = Object.freeze(['ltsc2025', 'ltsc2022', 'ltsc2019', 'ltsc2016']);

export interface McrTag {
  readonly kind: 'release' | 'release-kb' | 'version' | 'preview';
  /** `ltsc2019`, `20H2` …; null for version tags. */
  readonly releaseCode: string | null;
  /** `KB4493509`; null unless kind is release-kb. */
  readonly kb: string | null;
  /** Set only by version tags (and the preview tag's build). */
  readonly build: number | null;
  readonly revision: number | null;
  /** The tag's arch suffix; null when it has none (a multi-arch manifest list). */
  readonly arch: Arch | null;
}

const RELEASE_TAG = /^(ltsc20(?:16|19|22|25)|sac2016|1709|1803|1809|1903|1909|2004|20H2|2009)(?:[-_](KB\d{7}))?(?:[-_](amd64|arm64))?$/;
const VERSION_TAG = /^(10\.0\.\d{1,5}\.\d{1,5})(?:[-_](amd64|arm64))?$/;

export const isBaseImageRepository = (repository: string): boolean => BASE_IMAGE_REPOSITORIES.includes(repository);

export function parseMcrTag(tag: string, field = 'image'): Result<McrTag, DomainError> {
  if (tag === 'latest')
    return err(
      domainError(
        'LATEST_TAG_NOT_PUBLISHED',
        'The "latest" tag of the Windows base images has not been published since 2019-04-16; name a release tag such as ltsc2022.',
        tag,
        { field, suggestions: LTSC_TAGS },
      ),
    );
  if (tag === PREVIEW_TAG)
    return ok({ kind: 'preview', releaseCode: null, kb: null, build: PREVIEW_TAG_BUILD, revision: null, arch: null });
  const release = tag.length <= 64 ? RELEASE_TAG.exec(tag) : null;
  if (release) {
    const [, releaseCode, kb, arch] = release;
    return ok({
      kind: kb ? 'release-kb' : 'release',
      releaseCode,
      kb: kb ?? null,
      build: null,
      revision: null,
      arch: (arch as Arch | undefined) ?? null,
    });
  }
  const version = tag.length <= 64 ? VERSION_TAG.exec(tag) : null;
  if (version) {
    const v = parseWindowsVersion(version[1], field);
    if (v.ok && isWindows10(v.value))
      return ok({
        kind: 'version',
        releaseCode: null,
        kb: null,
        build: v.value.build,
        revision: v.value.revision,
        arch: (version[2] as Arch | undefined) ?? null,
      });
  }
  const suggestions = suggestionList(tag, [...RELEASE_TAG_CODES, ...LTSC_TAGS.map((t) => `${t}-amd64`)]);
  return err(
    domainError(
      'UNKNOWN_TAG',
      `Tag "${clip(tag)}" is not a Windows base-image tag: expected a release (ltsc2022, 1809, 20H2 …), ` +
        `<release>-KB<7 digits>, or 10.0.<build>.<revision>, each optionally with -amd64.${didYouMean(suggestions)}`,
      tag,
      { field, suggestions },
    ),
  );
}

export const formatMcrTag = (t: McrTag): string => {
  const arch = t.arch === null ? '' : `-${t.arch}`;
  if (t.kind === 'preview') return PREVIEW_TAG;
  if (t.kind === 'version') return `10.0.${t.build}.${t.revision}${arch}`;
  return `${t.releaseCode}${t.kb === null ? '' : `-${t.kb}`}${arch}`;
};
