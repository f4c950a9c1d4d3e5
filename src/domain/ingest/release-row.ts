/**
 * One element of a releases file (releases.json's shape, see release-record.ts) → a Release,
 * and how it compares with the catalog's release of the same key.
 */
import type { Release } from '../release';
import { releaseFromRecord, type ReleaseRecord } from '../release-record';
import { err, type Result } from '../result';
import type { RowProblem } from './ingest-report';
import { canonicalJson } from './canonical-json';

export function readReleaseRow(value: unknown, line: number): Result<Release, RowProblem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err({ line, field: 'release', reason: 'must be an object like the entries of releases.json' });
  const r = releaseFromRecord(value as ReleaseRecord);
  if (!r.ok) return err({ line, field: r.error.field, reason: `${r.error.message}, got ${JSON.stringify(r.error.input).slice(0, 80)}` });
  if (JSON.stringify(r.value).includes('\\u0000')) return err({ line, field: 'release', reason: 'contains a NUL character' });
  return r;
}

export type Change<T> =
  | { readonly kind: 'insert'; readonly value: T }
  | { readonly kind: 'update'; readonly value: T }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'conflict'; readonly field: string; readonly reason: string };

/**
 * A release key names one build for good: a different build is a conflicting fact. Anything
 * else (dates, names, notes, tags) is the newer file's to correct.
 */
export function compareRelease(existing: Release | null, incoming: Release): Change<Release> {
  if (!existing) return { kind: 'insert', value: incoming };
  if (existing.build !== incoming.build)
    return {
      kind: 'conflict',
      field: 'build',
      reason: `release ${incoming.key} is build ${existing.build} in the catalog; this row says build ${incoming.build}`,
    };
  return canonicalJson(existing) === canonicalJson(incoming) ? { kind: 'unchanged' } : { kind: 'update', value: incoming };
}

