/**
 * One ingestion run, the same for the CLI and the GraphQL mutations: bytes → checked text →
 * the kind's reader (domain parsers, row problems with lines) → the writer's one transaction →
 * the stored report. The whole file is read and classified before the writer applies anything;
 * all or nothing unless `partial`.
 */
import type { IngestCounts, IngestKind, IngestReport, RowProblem } from '../domain/ingest/ingest-report';
import type { ReleaseCatalog } from '../domain/release-catalog';
import type { IngestWriter, RunDraft, WriteOutcome, WritePlan } from '../data/ingest-ports';
import { decodeInput, InputFileError } from './input-text';
import { nodeRows } from './node-rows.reader';
import { releaseRows } from './release-rows.reader';
import { MAX_ROWS, Tally, type ProgressListener } from './tally';
import { tagRows } from './tag-rows.reader';
import { updateBatches, type UpdateFormat } from './update-rows.reader';

export interface IngestOptions {
  readonly kind: IngestKind;
  /** Who or what sent the file, e.g. its name: shown in ingestRuns. */
  readonly source: string;
  readonly partial?: boolean;
  /** updates only; chosen from the first character when absent ("{" → JSON lines). */
  readonly format?: UpdateFormat;
  /** tags only: the registry host the tag list came from. */
  readonly registry?: string;
  /** nodes only. */
  readonly cluster?: string;
  readonly onProgress?: ProgressListener;
  /** Default MAX_ROWS[kind]. */
  readonly maxRows?: number;
  /** Record no run when nothing changed and nothing was rejected (the seed's merge, at every start). */
  readonly quietWhenUnchanged?: boolean;
}

export interface IngestDeps {
  readonly writer: IngestWriter;
  /** The current catalog (tag grammar and node hosts are read against it). */
  catalog(): Promise<ReleaseCatalog>;
}

export const DEFAULT_REGISTRY = 'mcr.microsoft.com';
export const DEFAULT_CLUSTER = 'default';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,252}$/;

export async function runIngest(deps: IngestDeps, input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, options: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date();
  const partial = options.partial ?? false;
  const text = decodeInput(input);
  const tally = new Tally(options.onProgress, options.maxRows ?? MAX_ROWS[options.kind]);
  const draft = (status: RunDraft['status'], counts: IngestCounts, problems: readonly RowProblem[], message: string | null): RunDraft =>
    ({ kind: options.kind, source: options.source, contentSha256: text.sha256(), partial, startedAt, status, counts, problems, message });

  // Inside the writer's transaction, once every row is read and classified.
  const report = (o: WriteOutcome): RunDraft => {
    if (text.bytesRead() === 0) throw new InputFileError('the file is empty');
    const rejected = tally.problems.count + o.conflicts;
    const problems = tally.problems.merged(o.conflictProblems);
    const written = rejected === 0 || partial;
    const counts = written
      ? { rowsRead: tally.rowsRead, inserted: o.inserted, updated: o.updated, unchanged: o.unchanged, rejected, skipped: tally.skipped, removed: o.removed }
      : { rowsRead: tally.rowsRead, inserted: 0, updated: 0, unchanged: 0, rejected, skipped: tally.skipped, removed: 0 };
    const good = tally.rowsRead - rejected - tally.skipped;
    const notes = [
      ...(rejected === 0 ? [] : written ? [`${rejected} rejected row(s) were not written`]
        : [`${rejected} rejected row(s): nothing was written (partial mode would write the other ${good})`]),
      ...tally.notes,
    ];
    return draft(written ? 'completed' : 'rejected', counts, problems, notes.join('; ') || null);
  };

  try {
    return await dispatch(deps, text.chunks, options, tally, { report, quietWhenUnchanged: options.quietWhenUnchanged });
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    const problem = { line: e.line, field: 'file', reason: e.message };
    const counts = { rowsRead: tally.rowsRead, inserted: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0, removed: 0 };
    return deps.writer.recordFailure(draft('failed', counts, [problem], e.message));
  }
}

async function dispatch(deps: IngestDeps, chunks: AsyncIterable<string>, o: IngestOptions, tally: Tally, plan: WritePlan): Promise<IngestReport> {
  switch (o.kind) {
    case 'updates':
      return deps.writer.writeUpdates(updateBatches(chunks, o.format, tally), plan);
    case 'releases':
      return deps.writer.writeReleases(await releaseRows(chunks, tally), plan);
    case 'tags': {
      const registry = checkName('registry', o.registry ?? DEFAULT_REGISTRY);
      const { repository, rows } = await tagRows(chunks, registry, await deps.catalog(), tally);
      return deps.writer.writeTags(repository, rows, plan);
    }
    case 'nodes': {
      const cluster = checkName('cluster', o.cluster ?? DEFAULT_CLUSTER);
      const { rows, listed } = await nodeRows(chunks, cluster, await deps.catalog(), tally);
      return deps.writer.writeNodes(cluster, rows, listed, plan);
    }
  }
}

function checkName(what: string, value: string): string {
  if (!NAME.test(value)) throw new InputFileError(`${what} must be letters, digits, ".", "_", ":" or "-" (at most 253), got ${JSON.stringify(value.slice(0, 60))}`);
  return value;
}
