/**
 * What an ingestion run reports, for the CLI, the mutations and the ingest_run table alike.
 * Counts are of the file's rows (tags for a tag list, nodes for an inventory):
 * rowsRead = inserted + updated + unchanged + rejected + skipped.
 */
export type IngestKind = 'updates' | 'releases' | 'tags' | 'nodes';

export type IngestStatus =
  | 'completed' // written; in partial mode without its rejected rows
  | 'rejected' // all-or-nothing and some rows were rejected: nothing was written
  | 'failed'; // the file could not be read at all (encoding, truncated JSON, missing columns, too large)

/** One rejected row: where it is, which field is wrong, and why (both values, for a conflict). */
export interface RowProblem {
  /** 1-based line of the file where the row starts; 0 when the problem is the whole file. */
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

export interface IngestCounts {
  readonly rowsRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** Rows that are not Windows (Linux nodes, non-Windows manifests, tags no grammar reads). */
  readonly skipped: number;
  /** Nodes of the cluster that the new inventory no longer lists. */
  readonly removed: number;
}

export interface IngestReport extends IngestCounts {
  readonly id: number;
  readonly kind: IngestKind;
  readonly source: string;
  readonly contentSha256: string;
  readonly status: IngestStatus;
  readonly partial: boolean;
  /** The first MAX_STORED_PROBLEMS rejected rows, by line; `rejected` is the total. */
  readonly problems: readonly RowProblem[];
  /** Why a failed run failed, or a note on a completed one. */
  readonly message: string | null;
  /** Whether the run changed any row (a completed run that did moves the catalog version). */
  readonly changed: boolean;
  readonly catalogVersion: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
}

/** Stored and returned problems are capped; the count is not. */
export const MAX_STORED_PROBLEMS = 1000;

export const ZERO_COUNTS: IngestCounts = Object.freeze({
  rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, removed: 0,
});

/** Keeps the first `max` problems by line, and counts them all. */
export class ProblemList {
  private readonly kept: RowProblem[] = [];
  count = 0;

  constructor(private readonly max = MAX_STORED_PROBLEMS) {}

  add(p: RowProblem): void {
    this.count++;
    if (this.kept.length < this.max) this.kept.push(p);
  }

  /** Merged with `others` (already capped), by line, capped again. */
  merged(others: readonly RowProblem[] = []): RowProblem[] {
    return [...this.kept, ...others].sort((a, b) => a.line - b.line).slice(0, this.max);
  }
}
