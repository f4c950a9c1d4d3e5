/**
 * An update history, streamed: CSV (kb.csv's header) or JSON lines (one object per line with the
 * same names) → validated rows in batches. Bad rows go to the tally with their line; a header
 * without the needed columns or a CSV that cannot be tokenised stops the run.
 */
import { CsvRecordReader } from '../domain/ingest/csv-records';
import { checkUpdateColumns, readUpdateRow } from '../domain/ingest/update-row';
import type { Update } from '../domain/release';
import type { Lined } from '../data/ingest-ports';
import { InputFileError } from './input-text';
import type { Tally } from './tally';
import { lineBatches, type NumberedLine } from './text-lines';

export type UpdateFormat = 'csv' | 'jsonl';
export const UPDATE_BATCH_ROWS = 5000;

export async function* updateBatches(chunks: AsyncIterable<string>, format: UpdateFormat | undefined, tally: Tally): AsyncGenerator<Lined<Update>[]> {
  const { first, rest } = await peek(chunks);
  const chosen = format ?? (first.trimStart().startsWith('{') ? 'jsonl' : 'csv');
  const read = chosen === 'csv' ? csvRows(tally) : jsonLineRows(tally);
  let batch: Lined<Update>[] = [];
  for await (const lines of lineBatches(rest)) {
    for (const { line, cells } of read(lines)) {
      tally.row();
      const r = readUpdateRow(cells, line);
      if (!r.ok) tally.problems.add(r.error);
      else if (batch.push({ line, value: r.value }) >= UPDATE_BATCH_ROWS) yield batch, (batch = []);
    }
  }
  read(null);
  tally.done();
  if (batch.length) yield batch;
}

interface CellsRow {
  readonly line: number;
  readonly cells: Record<string, unknown>;
}

/** Lines → rows, synchronously per batch of lines; `null` marks the end of the file. */
type RowReader = (lines: readonly NumberedLine[] | null) => CellsRow[];

function csvRows(tally: Tally): RowReader {
  const reader = new CsvRecordReader();
  let header: string[] | null = null;
  return (lines) => {
    if (lines === null) {
      if (reader.pending) throw new InputFileError(`not readable as CSV: the quoted field opened on line ${reader.pendingLine} is never closed (a truncated file?)`, reader.pendingLine);
      if (!header) throw new InputFileError('the file has no CSV header (kb,build,revision,date,product,source)');
      return [];
    }
    const rows: CellsRow[] = [];
    for (const { line, text } of lines) {
      const record = reader.feed(text, line);
      if (typeof record === 'string') throw new InputFileError(`not readable as CSV: ${record}`, line);
      if (record === null || (record.fields.length === 1 && record.fields[0] === '')) continue; // open quote, or a blank line
      if (!header) {
        header = record.fields.map((h) => h.trim().toLowerCase());
        const missing = checkUpdateColumns(header);
        if (missing) throw new InputFileError(`CSV header on line ${line}: ${missing}`, line);
        continue;
      }
      if (record.fields.length !== header.length) {
        tally.row();
        tally.problems.add({ line: record.line, field: 'row', reason: `has ${record.fields.length} field(s); the header has ${header.length}` });
        continue;
      }
      const cells: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) cells[header[i]] = record.fields[i];
      rows.push({ line: record.line, cells });
    }
    return rows;
  };
}

function jsonLineRows(tally: Tally): RowReader {
  return (lines) => {
    const rows: CellsRow[] = [];
    for (const { line, text } of lines ?? []) {
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        tally.row();
        tally.problems.add({ line, field: 'json', reason: `not valid JSON: ${(e as Error).message.slice(0, 120)}` });
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        tally.row();
        tally.problems.add({ line, field: 'json', reason: 'must be an object {"kb", "build", "revision", "date", "product", "source"}' });
        continue;
      }
      rows.push({ line, cells: value as Record<string, unknown> });
    }
    return rows;
  };
}

/** The first chunk (to choose a format) and the whole stream again. */
async function peek(chunks: AsyncIterable<string>): Promise<{ first: string; rest: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  const head = await it.next();
  const first = head.done ? '' : head.value;
  async function* rest(): AsyncGenerator<string> {
    if (!head.done) yield head.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  }
  return { first, rest: rest() };
}
