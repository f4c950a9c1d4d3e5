/**
 * Text chunks → numbered lines (for JSON lines), and → one document of bounded size (for the
 * JSON kinds). A line or document over its limit stops the run instead of filling memory.
 */
import { formatBytes, InputFileError } from './input-text';

export interface NumberedLine {
  readonly line: number;
  readonly text: string;
}

/** One JSON line may hold a whole image index; 8 MiB is far beyond any real one. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;
/** A single JSON document is parsed whole; bigger inputs belong in JSON lines. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Lines as they arrive, one array per chunk: per-line async steps would cost more than parsing them. */
export async function* lineBatches(chunks: AsyncIterable<string>, maxChars = MAX_LINE_CHARS): AsyncGenerator<NumberedLine[]> {
  let pending = '';
  let line = 1;
  for await (const chunk of chunks) {
    pending += chunk;
    const lines: NumberedLine[] = [];
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
      const end = nl > start && pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      lines.push({ line: line++, text: pending.slice(start, end) });
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (pending.length > maxChars) throw new InputFileError(`line ${line} is longer than ${formatBytes(maxChars)}`, line);
    if (lines.length) yield lines;
  }
  if (pending !== '') yield [{ line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending }];
}

export async function* numberedLines(chunks: AsyncIterable<string>, maxChars = MAX_LINE_CHARS): AsyncGenerator<NumberedLine> {
  for await (const lines of lineBatches(chunks, maxChars)) yield* lines;
}

/** The whole text; `maxBytes` of UTF-8, counted as characters (a character is at least one byte). */
export async function wholeText(chunks: AsyncIterable<string>, maxBytes = MAX_DOCUMENT_BYTES): Promise<string> {
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes)
      throw new InputFileError(`a single JSON document may be at most ${formatBytes(maxBytes)}; send big inputs as JSON lines (one object per line), which stream`);
    parts.push(chunk);
  }
  return parts.join('');
}
