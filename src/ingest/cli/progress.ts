/**
 * Progress of a CLI ingestion on stderr: a cli-progress bar over the file's bytes on a terminal,
 * plain lines (at most one every 2 s by default) otherwise, so logs of scheduled jobs stay readable.
 */
import { SingleBar } from 'cli-progress';
import { formatBytes } from '../input-text';

export interface Progress {
  bytes(n: number): void;
  rows(n: number): void;
  stop(): void;
}

export function createProgress(label: string, totalBytes: number | null, everyMs = 2000, stream: NodeJS.WriteStream = process.stderr): Progress {
  let rows = 0;
  let bytes = 0;
  if (stream.isTTY && totalBytes !== null && totalBytes > 0) {
    const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {rows} rows | {mib} MiB`, stream, hideCursor: true, clearOnComplete: false });
    bar.start(totalBytes, 0, { rows: 0, mib: '0.0' });
    const update = () => bar.update(bytes, { rows, mib: (bytes / 1048576).toFixed(1) });
    return { bytes: (n) => ((bytes += n), update()), rows: (n) => ((rows = n), update()), stop: () => bar.stop() };
  }
  let last = 0;
  const line = (force = false) => {
    const now = Date.now();
    if (!force && now - last < everyMs) return;
    last = now;
    stream.write(`${label}: ${rows} rows read, ${formatBytes(bytes)}${totalBytes ? ` of ${formatBytes(totalBytes)}` : ''}\n`);
  };
  return { bytes: (n) => ((bytes += n), line()), rows: (n) => ((rows = n), line()), stop: () => line(true) };
}
