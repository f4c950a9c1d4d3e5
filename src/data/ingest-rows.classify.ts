/**
 * Classifying rows that fit in memory (releases, a repository's tags, a cluster's nodes) against
 * the stored rows of the same keys, with the domain's compare functions. The first row of a key in
 * the file wins; a later one is rejected as a duplicate.
 */
import type { RowProblem } from '../domain/ingest/ingest-report';
import { MAX_STORED_PROBLEMS } from '../domain/ingest/ingest-report';
import type { Change } from '../domain/ingest/release-row';
import type { Lined, WriteOutcome } from './ingest-ports';

export interface Classified<T> {
  readonly outcome: WriteOutcome;
  readonly inserts: T[];
  readonly updates: T[];
}

export function classifyRows<T>(
  rows: readonly Lined<T>[],
  keyOf: (v: T) => string,
  stored: ReadonlyMap<string, T>,
  compare: (stored: T | null, incoming: T) => Change<T>,
  describe: (v: T) => string,
): Classified<T> {
  const firstLine = new Map<string, number>();
  const problems: RowProblem[] = [];
  const inserts: T[] = [];
  const updates: T[] = [];
  let unchanged = 0;
  let conflicts = 0;
  const reject = (p: RowProblem) => (conflicts++, problems.length < MAX_STORED_PROBLEMS && problems.push(p));
  for (const { line, value } of rows) {
    const key = keyOf(value);
    const first = firstLine.get(key);
    if (first !== undefined) {
      reject({ line, field: 'row', reason: `${describe(value)} repeats line ${first}` });
      continue;
    }
    firstLine.set(key, line);
    const change = compare(stored.get(key) ?? null, value);
    if (change.kind === 'insert') inserts.push(change.value);
    else if (change.kind === 'update') updates.push(change.value);
    else if (change.kind === 'unchanged') unchanged++;
    else reject({ line, field: change.field, reason: change.reason });
  }
  return {
    outcome: { inserted: inserts.length, updated: updates.length, unchanged, removed: 0, conflicts, conflictProblems: problems },
    inserts,
    updates,
  };
}
