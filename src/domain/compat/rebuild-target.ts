import type { ImageSpec } from '../image';
import type { Release } from '../release';
import { LTSC2016 } from '../windows-builds';
import { evaluateIsolation } from './evaluate-rules';
import type { CompatContext } from './rule';
import { imageOfRelease } from './synthetic';
import type { Support } from './verdict';

export const DEFAULT_BASE_REPOSITORY = 'mcr.microsoft.com/windows/servercore';

export interface RebuildTarget {
  readonly reference: string;
  readonly build: number;
  readonly support: Support;
}

/**
 * The newest base image of the same repository that this host runs with process isolation: the
 * tag to rebuild FROM. Each candidate goes through the same rules as the user's own image.
 * For Windows Server 2016 it is the exact revision tag of the host.
 */
export function rebuildTarget(ctx: CompatContext): RebuildTarget | null {
  const repository = ctx.image.origin === 'base' ? ctx.image.reference.repository : DEFAULT_BASE_REPOSITORY;
  const candidates = newestFirst(ctx.catalog.releases.filter((r) => (r.baseImageTags[repository] ?? []).length > 0));
  let preview: RebuildTarget | null = null;
  for (const release of candidates) {
    const tag = targetTag(release, repository, ctx);
    const image = imageOfRelease(release, repository, tag, targetRevision(release, ctx));
    const support = evaluateIsolation({ ...ctx, image: { ...image, arch: ctx.host.arch } }, 'process').support;
    const target = { reference: `${repository}:${tag}`, build: release.build, support };
    if (support === 'SUPPORTED') return target;
    if (support === 'PREVIEW' && preview === null) preview = target;
  }
  return preview;
}

/** For a derived image (…-windowsservercore-ltsc2019) the same image on the target's base, if published. */
export function derivedEquivalent(image: ImageSpec, target: RebuildTarget): string | null {
  if (image.origin !== 'derived' || !image.reference.tag || !image.release) return null;
  const targetCode = target.reference.split(':')[1];
  const codes = new Set([image.release.ltscName, image.release.versionCode.toLowerCase()].filter(Boolean) as string[]);
  for (const code of codes) {
    const at = image.reference.tag.toLowerCase().lastIndexOf(code);
    if (at >= 0) return `${image.reference.repository}:${image.reference.tag.slice(0, at)}${targetCode}${image.reference.tag.slice(at + code.length)}`;
  }
  return null;
}

function targetTag(release: Release, repository: string, ctx: CompatContext): string {
  const hostRevision = ctx.host.version.build === LTSC2016 ? ctx.host.version.revision : null;
  if (release.build === LTSC2016 && hostRevision !== null) return `10.0.${LTSC2016}.${hostRevision}`;
  const tags = release.baseImageTags[repository];
  return tags.find((t) => t === release.ltscName) ?? tags[0];
}

function targetRevision(release: Release, ctx: CompatContext): number | null {
  if (release.build === LTSC2016 && ctx.host.version.build === LTSC2016) return ctx.host.version.revision;
  return ctx.catalog.latestSecurityUpdate(release.build)?.revision ?? null;
}

function newestFirst(releases: readonly Release[]): Release[] {
  const kindRank = (r: Release) => (r.channel === 'LTSC' ? 0 : 1);
  return [...releases].sort((a, b) => b.build - a.build || kindRank(a) - kindRank(b));
}
