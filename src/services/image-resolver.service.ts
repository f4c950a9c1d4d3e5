import type { HostSpec } from '../domain/host';
import { parseHostInput } from '../domain/host-input';
import type { ImageSpec, ImageTagRecord } from '../domain/image';
import { parseImageReference } from '../domain/image-reference';
import type { Arch, HostKind } from '../domain/release';
import type { ReleaseCatalog } from '../domain/release-catalog';
import { resolveImage } from '../domain/resolve-image';
import type { TagKey } from '../data/ports';
import { valueOrFail } from './domain-failure';

export type TagLookup = (key: TagKey) => Promise<ImageTagRecord | null>;

export interface HostHints {
  readonly kind?: HostKind;
  readonly arch?: Arch;
}

/** Reads a host string against the catalog; a DomainFailure when it cannot. */
export const readHost = (input: string, catalog: ReleaseCatalog, hints: HostHints = {}): HostSpec =>
  valueOrFail(parseHostInput(input, catalog, hints));

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
