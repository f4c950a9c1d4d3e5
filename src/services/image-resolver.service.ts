import type { HostSpec } from '../domain/host';
import { parseHostInput } from '../domain/host-input';
import type { ImageSpec, ImageTagRecord } from '../domain/image';
import { parseImageReference } from '../domain/image-reference';
import type { Arch, HostKind } from '../domain/release';
import type { ReleaseCatalog } from '../domain/release-catalog';
import { resolveImage } from '../domain/resolve-image';
import type { TagKey } from '../data/ports';
import { DomainFailure, valueOrFail } from './domain-failure';

export type TagLookup = (key: TagKey) => Promise<ImageTagRecord | null>;

export interface HostHints {
  readonly kind?: HostKind;
  readonly arch?: Arch;
}

/** Reads a host string against the catalog; a DomainFailure naming the argument `field` when it cannot. */
export function readHost(input: string, catalog: ReleaseCatalog, hints: HostHints = {}, field = 'host'): HostSpec {
  const result = parseHostInput(input, catalog, hints);
  if (!result.ok) throw new DomainFailure({ ...result.error, field });
  return result.value;
}

/**
 * Reads an image reference: its tag's catalog row (observed tags win over the grammar) is
 * fetched through `lookupTag`, a per-request DataLoader, then the domain resolves it.
 */
export async function readImage(
  reference: string,
  catalog: ReleaseCatalog,
  lookupTag: TagLookup,
  imageOsVersion?: string,
): Promise<ImageSpec> {
  const ref = valueOrFail(parseImageReference(reference, 'image'));
  const known = ref.tag ? await lookupTag({ repository: ref.repository, tag: ref.tag }) : null;
  return valueOrFail(resolveImage(ref, catalog, known, imageOsVersion));
}
