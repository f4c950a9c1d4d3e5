/**
 * How an incoming tag row compares with the catalog's row of the same repository and tag.
 *
 *   incoming observed vs stored derived   → update: what the registry says wins over conventions
 *   incoming observed vs stored observed  → conflict when the build differs, or when a pinned tag
 *                                           (10.0.B.R, -KBnnnnnnn) has another revision or arch;
 *                                           a floating tag (ltsc2022) moving to a newer revision
 *                                           of its build is an update, to an older one a conflict
 *   incoming derived (no index)           → insert when the tag is new, else unchanged: a guess
 *                                           never replaces a stored row
 */
import type { ImageTagRecord } from '../image';
import type { Change } from './release-row';

const PINNED = /(?:^|[-_])(?:10\.0\.\d{1,5}\.\d{1,5}|KB\d{6,7})(?:$|[-_])/;

/** Tags whose image never changes (10.0.20348.825, ltsc2022-KB5015827); others move with each update. */
export const isPinnedTag = (tag: string): boolean => PINNED.test(tag);

const version = (t: ImageTagRecord) => `10.0.${t.build}${t.revision === null ? '' : `.${t.revision}`}`;

export function compareTag(stored: ImageTagRecord | null, incoming: ImageTagRecord): Change<ImageTagRecord> {
  if (!stored) return { kind: 'insert', value: incoming };
  if (incoming.origin === 'derived') return { kind: 'unchanged' };
  const same = stored.build === incoming.build && stored.revision === incoming.revision && stored.arch === incoming.arch;
  if (stored.origin === 'derived') return { kind: 'update', value: incoming };
  if (same && stored.floating === incoming.floating) return { kind: 'unchanged' };
  const what = `${incoming.repository}:${incoming.tag}`;
  if (stored.build !== incoming.build)
    return { kind: 'conflict', field: 'os.version', reason: `${what} was observed as ${version(stored)}; this file says ${version(incoming)} (another build)` };
  if (!incoming.floating && stored.revision !== incoming.revision)
    return { kind: 'conflict', field: 'os.version', reason: `${what} is pinned and was observed as ${version(stored)}; this file says ${version(incoming)}` };
  if (stored.revision !== null && incoming.revision !== null && incoming.revision < stored.revision)
    return { kind: 'conflict', field: 'os.version', reason: `${what} was observed as ${version(stored)}; this file says the older ${version(incoming)} (an old tag list?)` };
  if (stored.arch !== incoming.arch)
    return { kind: 'conflict', field: 'architecture', reason: `${what} was observed as ${stored.arch}; this file says ${incoming.arch}` };
  return { kind: 'update', value: incoming };
}
