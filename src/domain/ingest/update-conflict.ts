/**
 * Why an update row is rejected against the catalog or an earlier line of its file. The rules
 * (applied by the writer, data/ingest-updates.sql.ts):
 *
 *   a second row with the same (kb, build, revision)      rejected: repeats the first (whatever its other fields)
 *   the same key in the catalog with another date         rejected: conflict, both dates
 *   a KB the catalog maps to other revisions of the build rejected: conflict, both versions
 *   the same key with other product or source text        updated
 *
 * One KB may bring two revisions of one build (KB4015217: 14393.1066 and .1083), so a file may map
 * a KB to several revisions of a build the catalog has no revision of yet.
 */
import type { Update } from '../release';

/** A repeat is rejected whatever its other fields say: one row per fact. */
export const repeatReason = (u: Update, firstLine: number): string => `${u.kb} for ${u.build}.${u.revision} repeats line ${firstLine}`;

export const dateConflictReason = (u: Update, storedDate: string): string =>
  `${u.kb} (${u.build}.${u.revision}) is dated ${storedDate} in the catalog; this row says ${u.releaseDate}`;

export const revisionConflictReason = (u: Update, storedVersions: string): string =>
  `${u.kb} is already mapped to ${storedVersions} for build ${u.build} in the catalog; this row says ${u.build}.${u.revision}`;

/** Text fields travel tab-separated to the database: no control characters, which no KB title has. */
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
