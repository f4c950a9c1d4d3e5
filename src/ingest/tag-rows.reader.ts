/**
 * A tag list (see domain/ingest/tag-list.ts for the envelope) → tag rows of one repository.
 * JSON lines stream (50,000 tags each with an index stay small per line); a single document
 * is read whole, within MAX_DOCUMENT_BYTES. Which one it is: if the first non-blank line is a
 * complete JSON value, the file is JSON lines.
 */
import type { ImageTagRecord } from '../domain/image';
import type { RowProblem } from '../domain/ingest/ingest-report';
import { tagFromGrammar } from '../domain/ingest/grammar-tag';
import { lineAt, linesOf, parseJsonDocument } from '../domain/ingest/json-document';
import { isPinnedTag } from '../domain/ingest/tag-change';
import { checkTagName, observedTag, readTagIndex, readTagListHead, type TagIndex, type TagListHead } from '../domain/ingest/tag-list';
import type { ReleaseCatalog } from '../domain/release-catalog';
import type { Lined } from '../data/ingest-ports';
import { InputFileError } from './input-text';
import type { Tally } from './tally';
import { MAX_DOCUMENT_BYTES, numberedLines, type NumberedLine } from './text-lines';

interface ListedTags {
  readonly head: TagListHead;
  readonly tags: readonly { tag: unknown; line: number }[];
  readonly indexes: readonly { value: unknown; line: number }[];
  /** JSON lines that are not JSON. */
  readonly badLines: readonly RowProblem[];
}

export async function tagRows(chunks: AsyncIterable<string>, registry: string, catalog: ReleaseCatalog, tally: Tally): Promise<{ repository: string; rows: Lined<ImageTagRecord>[] }> {
  const listed = await readListed(chunks, tally.maxRows);
  for (const p of listed.badLines) tally.row(), tally.problems.add(p);
  const repository = `${registry}/${listed.head.name}`;
  const byTag = new Map<string, TagIndex>();
  const badIndex = new Set<string>();
  let otherEntries = 0;
  for (const { value, line } of listed.indexes) {
    const r = readTagIndex(value, line);
    const earlier = r.ok ? byTag.get(r.value.tag) : undefined;
    if (r.ok && !earlier) {
      byTag.set(r.value.tag, r.value);
      otherEntries += r.value.otherEntries;
      continue;
    }
    // A bad or repeated index is a rejected row of its own; its tag is not read again by the grammar.
    tally.row();
    tally.problems.add(r.ok ? { line, field: 'tag', reason: `the index of ${r.value.tag} repeats line ${earlier!.line}` } : r.error);
    const tag = (value as { tag?: unknown } | null)?.tag;
    if (!r.ok && typeof tag === 'string') badIndex.add(tag);
  }
  const seen = new Map<string, number>();
  const rows: Lined<ImageTagRecord>[] = [];
  const inList = new Set(listed.tags.map((t) => t.tag));
  const indexOnly = [...byTag.values()].filter((i) => !inList.has(i.tag)).map((i) => ({ tag: i.tag as unknown, line: i.line }));
  for (const { tag, line } of [...listed.tags, ...indexOnly]) {
    if (typeof tag === 'string' && badIndex.has(tag)) continue;
    tally.row();
    const name = checkTagName(tag, line);
    if (!name.ok) {
      tally.problems.add(name.error);
      continue;
    }
    const first = seen.get(name.value);
    if (first !== undefined) {
      tally.problems.add({ line, field: 'tags', reason: `tag ${name.value} repeats line ${first}` });
      continue;
    }
    seen.set(name.value, line);
    const index = byTag.get(name.value);
    const row = index?.windows ? observedTag(repository, index, !isPinnedTag(name.value))
      : index && index.otherEntries > 0 ? null // an index with no Windows image: not ours
        : tagFromGrammar(repository, name.value, catalog);
    if (row) rows.push({ line: index?.line ?? line, value: row });
    else tally.skipped++;
  }
  if (otherEntries > 0) tally.notes.push(`${otherEntries} non-Windows manifest entr${otherEntries === 1 ? 'y' : 'ies'} ignored`);
  tally.done();
  return { repository, rows };
}

async function readListed(chunks: AsyncIterable<string>, maxRows: number): Promise<ListedTags> {
  const lines = numberedLines(chunks, MAX_DOCUMENT_BYTES)[Symbol.asyncIterator]();
  const before: NumberedLine[] = [];
  let n = await lines.next();
  while (!n.done && n.value.text.trim() === '') before.push(n.value), (n = await lines.next());
  if (n.done) throw new InputFileError('tags: the file is empty');
  const firstLine = n.value;
  const asLine = tryJson(firstLine.text);
  if (asLine !== undefined) {
    const head = readTagListHead(asLine);
    if (!head.ok) throw new InputFileError(`tags, line ${firstLine.line}: ${head.error}`, firstLine.line);
    const inline = (asLine as { indexes?: unknown }).indexes;
    const indexes = (Array.isArray(inline) ? inline : []).map((value) => ({ value, line: firstLine.line }));
    const badLines: RowProblem[] = [];
    for (let l = await lines.next(); !l.done; l = await lines.next()) {
      if (l.value.text.trim() === '') continue;
      if (indexes.length + badLines.length >= maxRows)
        throw new InputFileError(`tags: the file has more than ${maxRows} image indexes, the most one run takes; split it into several runs`, l.value.line);
      const value = tryJson(l.value.text);
      if (value === undefined) badLines.push({ line: l.value.line, field: 'json', reason: 'not valid JSON (a truncated line?)' });
      else indexes.push({ value, line: l.value.line });
    }
    return { head: head.value, tags: head.value.tags.map((tag) => ({ tag, line: firstLine.line })), indexes, badLines };
  }
  const parts = [...before.map((b) => b.text), firstLine.text];
  let size = parts.reduce((s, p) => s + p.length + 1, 0);
  for (let l = await lines.next(); !l.done; l = await lines.next()) {
    size += l.value.text.length + 1;
    if (size > MAX_DOCUMENT_BYTES) throw new InputFileError('tags: a single JSON document may be at most 64 MiB; send big tag lists as JSON lines');
    parts.push(l.value.text);
  }
  const doc = parseJsonDocument(parts.join('\n'), 2);
  if (!doc.ok) throw new InputFileError(`tags: ${doc.error}`);
  const head = readTagListHead(doc.value.value);
  if (!head.ok) throw new InputFileError(`tags: ${head.error}`);
  const tagLines = linesOf(doc.value, 'tags');
  const indexLines = linesOf(doc.value, 'indexes');
  const inline = (doc.value.value as { indexes?: unknown }).indexes;
  return {
    head: head.value,
    tags: head.value.tags.map((tag, i) => ({ tag, line: lineAt(tagLines, i) })),
    indexes: (Array.isArray(inline) ? inline : []).map((value, i) => ({ value, line: lineAt(indexLines, i) })),
    badLines: [],
  };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
