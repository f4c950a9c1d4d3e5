/** A releases file (releases.json's shape: one JSON array of release objects) → validated rows. */
import { lineAt, linesOf, parseJsonDocument } from '../domain/ingest/json-document';
import { readReleaseRow } from '../domain/ingest/release-row';
import type { Release } from '../domain/release';
import type { Lined } from '../data/ingest-ports';
import { InputFileError } from './input-text';
import type { Tally } from './tally';
import { wholeText } from './text-lines';

export async function releaseRows(chunks: AsyncIterable<string>, tally: Tally): Promise<Lined<Release>[]> {
  const doc = parseJsonDocument(await wholeText(chunks), 1);
  if (!doc.ok) throw new InputFileError(`releases: ${doc.error}`);
  if (!Array.isArray(doc.value.value)) throw new InputFileError('releases: the file must be a JSON array of releases, as releases.json is');
  const lines = linesOf(doc.value);
  const rows: Lined<Release>[] = [];
  doc.value.value.forEach((item: unknown, i: number) => {
    tally.row();
    const line = lineAt(lines, i);
    const r = readReleaseRow(item, line);
    if (r.ok) rows.push({ line, value: r.value });
    else tally.problems.add(r.error);
  });
  tally.done();
  return rows;
}
