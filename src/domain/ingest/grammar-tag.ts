/**
 * A tag seen in a base image's tag list with no manifest to say its version: read by Microsoft's
 * tag grammar against the catalog (mcr-tag.ts, image-tag-reading.ts), as resolveImage would read
 * it. Tags the grammar cannot place (other repositories, insider or unknown tags) are skipped.
 */
import type { ImageTagRecord } from '../image';
import { parseImageReference } from '../image-reference';
import { readBaseTag } from '../image-tag-reading';
import { isBaseImageRepository } from '../mcr-tag';
import type { ReleaseCatalog } from '../release-catalog';

export function tagFromGrammar(repository: string, tag: string, catalog: ReleaseCatalog): ImageTagRecord | null {
  if (!isBaseImageRepository(repository)) return null;
  const ref = parseImageReference(`${repository}:${tag}`);
  if (!ref.ok) return null;
  const r = readBaseTag(ref.value, catalog);
  if (!r.ok || r.value === null || r.value.build === null) return null;
  const { build, revision, arch, floating } = r.value;
  return { repository, tag, build, revision, arch: arch ?? 'amd64', origin: 'derived', floating };
}
