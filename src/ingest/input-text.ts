/**
 * Bytes of an ingest file → UTF-8 text chunks, checked on the way: a UTF-16 byte order mark or
 * NUL bytes (UTF-16 without a mark, or a binary file) and invalid UTF-8 stop the run with an
 * InputFileError; a UTF-8 byte order mark is dropped. The SHA-256 of the bytes and their count
 * are kept for the report. Nothing is buffered beyond one chunk.
 */
import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';

/** The file as a whole cannot be read: the run fails and nothing is written. */
export class InputFileError extends Error {
  constructor(message: string, readonly line = 0) {
    super(message);
    this.name = 'InputFileError';
  }
}

export interface TextInput {
  readonly chunks: AsyncIterable<string>;
  /** Lowercase hex SHA-256 of every byte read so far (of the whole file once chunks are drained). */
  sha256(): string;
  readonly bytesRead: () => number;
}

const MiB = 1024 * 1024;
export const formatBytes = (n: number): string => (n >= MiB ? `${(n / MiB).toFixed(0)} MiB` : `${n} bytes`);

export function decodeInput(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes = Number.POSITIVE_INFINITY): TextInput {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  async function* chunks(): AsyncGenerator<string> {
    let lines = 1;
    let carry: Buffer | null = null; // the start of a character split between two chunks
    for await (const piece of source) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      if (bytes === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)))
        throw new InputFileError('the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8');
      if (chunk.includes(0)) throw new InputFileError(`the file has NUL bytes near line ${lines}: it is UTF-16 without a byte order mark, or binary; save it as UTF-8`, lines);
      const first = bytes === 0;
      hash.update(chunk);
      bytes += chunk.length;
      if (bytes > maxBytes) throw new InputFileError(`the file is larger than ${formatBytes(maxBytes)}`);
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(buf);
      carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : null;
      const body = buf.subarray(0, cut);
      // isUtf8 + toString: a third of TextDecoder({ fatal })'s time on 100,000-row files.
      if (!isUtf8(body)) {
        const at = lines + badLineOffset(body);
        throw new InputFileError(`the file is not valid UTF-8 (a bad byte on line ${at}, within bytes ${bytes - chunk.length}..${bytes}); save it as UTF-8`, at);
      }
      let text = body.toString('utf8');
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte order mark
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      if (text) yield text;
    }
    if (carry) throw new InputFileError('the file ends in the middle of a UTF-8 character: it is truncated or not UTF-8', lines);
  }
  return {
    chunks: chunks(),
    sha256: () => hash.copy().digest('hex'),
    bytesRead: () => bytes,
  };
}

/**
 * Lines before the first undecodable byte of a chunk: decoded leniently, the first U+FFFD marks it.
 * Continuation bytes at the start belong to a character begun in the previous chunk and are skipped.
 */
/** The length of `buf` without a character cut off at its end (whose other bytes are in the next chunk). */
function completeLength(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead byte
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + size <= buf.length ? buf.length : i;
  }
  return buf.length; // four continuation bytes in a row: not UTF-8, and isUtf8 will say so
}

function badLineOffset(chunk: Uint8Array): number {
  let start = 0;
  while (start < 3 && start < chunk.length && (chunk[start] & 0xc0) === 0x80) start++;
  const text = new TextDecoder('utf-8').decode(chunk.subarray(start));
  const bad = text.indexOf('\uFFFD');
  return bad === -1 ? 0 : text.slice(0, bad).split('\n').length - 1;
}
