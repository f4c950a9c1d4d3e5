/**
 * A registry tag list, optionally with the manifest list / OCI image index of each tag:
 *
 *   tag file := one JSON document  { "name": path, "tags": [tag…], "indexes": [index…]? }
 *             | JSON lines         { "name": path, "tags": [tag…] }   ← line 1: GET /v2/<name>/tags/list
 *                                  index                             ← each further line
 *   index    := { "tag": tag, "manifests": [ { "platform": { "os", "architecture", "os.version"? } } … ] }
 *               (the body of GET /v2/<name>/manifests/<tag> with the tag added)
 *   tag      := [A-Za-z0-9_][A-Za-z0-9._-]{0,127}                    (distribution spec)
 *
 * A Windows manifest's os.version is the authoritative build of its tag: such tags are stored as
 * observed. A tag with no index is read by Microsoft's tag grammar against the catalog (derived).
 */
import type { ImageTagRecord } from '../image';
import type { Arch } from '../release';
import { err, ok, type Result } from '../result';
import { isWindows10, parseWindowsVersion } from '../windows-version';
import type { RowProblem } from './ingest-report';
import { show } from './update-row';

export interface TagListHead {
  /** Path in the registry, e.g. windows/servercore. */
  readonly name: string;
  readonly tags: readonly unknown[];
}

export interface TagIndex {
  readonly tag: string;
  readonly line: number;
  /** Windows entries that name an os.version; null when the index has none. */
  readonly windows: { readonly arch: Arch; readonly build: number; readonly revision: number } | null;
  /** Entries for other operating systems (or Windows entries for an arch we do not serve). */
  readonly otherEntries: number;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

export function readTagListHead(value: unknown): Result<TagListHead, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err('a tag list must be an object {"name": "<repository>", "tags": [...]}, as GET /v2/<name>/tags/list returns');
  const { name, tags } = value as { name?: unknown; tags?: unknown };
  if (typeof name !== 'string' || !PATH.test(name) || name.length > 255)
    return err(`"name" must be a repository path such as windows/servercore, got ${show(name)}`);
  if (!Array.isArray(tags)) return err(`"tags" must be an array of tag names, got ${show(tags)}`);
  return ok({ name, tags });
}

export function checkTagName(tag: unknown, line: number, field = 'tags'): Result<string, RowProblem> {
  return typeof tag === 'string' && TAG.test(tag)
    ? ok(tag)
    : err({ line, field, reason: `${show(tag)} is not a tag name (letters, digits, "_", "." and "-", at most 128)` });
}

export function readTagIndex(value: unknown, line: number): Result<TagIndex, RowProblem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err({ line, field: 'index', reason: 'must be an object {"tag": …, "manifests": [...]}' });
  const { tag, manifests } = value as { tag?: unknown; manifests?: unknown };
  const name = checkTagName(tag, line, 'tag');
  if (!name.ok) return name;
  if (!Array.isArray(manifests)) return err({ line, field: 'manifests', reason: `must be an array of manifest descriptors, got ${show(manifests)}` });
  const found: { arch: Arch; build: number; revision: number }[] = [];
  let otherEntries = 0;
  for (const m of manifests) {
    const p = (m as { platform?: Record<string, unknown> } | null)?.platform;
    const arch = p?.architecture;
    if (p?.os !== 'windows' || (arch !== 'amd64' && arch !== 'arm64')) {
      otherEntries++;
      continue;
    }
    const raw = p['os.version'];
    if (raw === undefined) continue;
    const v = typeof raw === 'string' ? parseWindowsVersion(raw, 'os.version') : null;
    if (!v?.ok || !isWindows10(v.value) || v.value.revision === null)
      return err({ line, field: 'os.version', reason: `must be 10.0.<build>.<revision>, got ${show(raw)} for ${tag}` });
    found.push({ arch, build: v.value.build, revision: v.value.revision });
  }
  const versions = [...new Set(found.map((f) => `10.0.${f.build}.${f.revision}`))];
  if (versions.length > 1)
    return err({ line, field: 'os.version', reason: `${tag} lists several Windows versions (${versions.join(', ')}); the catalog keeps one per tag` });
  const windows = found.find((f) => f.arch === 'amd64') ?? found[0] ?? null;
  return ok({ tag: name.value, line, windows, otherEntries });
}

/** An observed tag: its build is what the registry says the image is. */
export function observedTag(repository: string, index: TagIndex, floating: boolean): ImageTagRecord | null {
  const w = index.windows;
  return w ? { repository, tag: index.tag, build: w.build, revision: w.revision, arch: w.arch, origin: 'observed', floating } : null;
}
