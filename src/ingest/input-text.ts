/**
 * Bytes of an ingest file → UTF-8 text chunks, checked on the way: a UTF-16 byte order mark or
 * NUL bytes (UTF-16 without a mark, or a binary file) and invalid UTF-8 stop the run with an
 * InputFileError; a UTF-8 byte order mark is dropped. The SHA-256 of the bytes and their count
 * are kept for the report. Nothing is buffered beyond one chunk.
 */
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

export function decodeInput(source: AsyncIterable<Uint8Array | string>, maxBytes = Number.POSITIVE_INFINITY): TextInput {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  async function* chunks(): AsyncGenerator<string> {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let lines = 1;
    for await (const piece of source) {
      const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      if (bytes === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)))
        throw new InputFileError('the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8');
      if (chunk.includes(0)) throw new InputFileError(`the file has NUL bytes near line ${lines}: it is UTF-16 without a byte order mark, or binary; save it as UTF-8`, lines);
      hash.update(chunk);
      bytes += chunk.length;
      if (bytes > maxBytes) throw new InputFileError(`the file is larger than ${formatBytes(maxBytes)}`);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new InputFileError(`the file is not valid UTF-8 (a bad byte near line ${lines}, within bytes ${bytes - chunk.length}..${bytes}); save it as UTF-8`, lines);
      }
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      if (text) yield text;
    }
    try {
      const rest = decoder.decode();
      if (rest) yield rest;
    } catch {
      throw new InputFileError('the file ends in the middle of a UTF-8 character: it is truncated or not UTF-8', lines);
    }
  }
  return {
    chunks: chunks(),
    sha256: () => hash.copy().digest('hex'),
    bytesRead: () => bytes,
  };
}
