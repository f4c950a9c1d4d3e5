/** What a reader counts while the file streams: rows, skips, problems; and a progress hook. */
import { ProblemList, type IngestKind } from '../domain/ingest/ingest-report';
import { InputFileError } from './input-text';

/**
 * Rows one run takes. A run remembers every key of its file (to reject repeats) or, for tags and
 * nodes, every row, so a 1 GB file is refused with a clear error instead of exhausting memory.
 */
export const MAX_ROWS: Readonly<Record<IngestKind, number>> = { updates: 1_000_000, tags: 200_000, releases: 10_000, nodes: 100_000 };

export type ProgressListener = (rowsRead: number) => void;

export class Tally {
  rowsRead = 0;
  skipped = 0;
  readonly problems = new ProblemList();
  /** Notes for the report (e.g. "12 non-Windows manifest entries ignored"). */
  readonly notes: string[] = [];

  constructor(
    private readonly onProgress: ProgressListener = () => undefined,
    readonly maxRows = Number.POSITIVE_INFINITY,
  ) {}

  row(): void {
    this.rowsRead++;
    if (this.rowsRead > this.maxRows)
      throw new InputFileError(`the file has more than ${this.maxRows} rows, the most one run takes; split it into several runs`);
    if (this.rowsRead % 1000 === 0) this.onProgress(this.rowsRead);
  }

  done(): void {
    this.onProgress(this.rowsRead);
  }
}
