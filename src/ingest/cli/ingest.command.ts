/**
 * `npm run ingest -- <kind> <file|-> [options]`: the operator's door to ingestion. Writes straight
 * to the database (DATABASE_URL, else the embedded PGlite directory, which must not be open in a
 * running service at the same time), through the same job as the GraphQL mutations.
 * Exit codes: 0 completed, 1 rejected (nothing written), 2 the file could not be read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../../config/config';
import { createDatabase } from '../../data/database';
import type { IngestKind, IngestReport } from '../../domain/ingest/ingest-report';
import { DEFAULT_CLUSTER, DEFAULT_REGISTRY, runIngest } from '../ingest-job';
import { createProgress } from './progress';
import { printReport } from './report-text';
import { databaseIngestDeps } from '../ingestion.wiring';

const KINDS: readonly IngestKind[] = ['updates', 'releases', 'tags', 'nodes'];

interface Flags {
  partial?: boolean;
  source?: string;
  format?: 'csv' | 'jsonl';
  cluster: string;
  registry: string;
  json?: boolean;
  progressEvery: number;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('Load an update history, releases, a registry tag list or a kubectl node list into the catalog.')
    .argument('<kind>', `one of ${KINDS.join(', ')}`, (k: string) => {
      if (!KINDS.includes(k as IngestKind)) throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
      return k as IngestKind;
    })
    .argument('<file>', 'the file, or - for standard input')
    .option('--partial', 'write the good rows and report the rest (default: all or nothing)')
    .option('--source <name>', 'a name for the run in ingestRuns (default: the file name)')
    .addOption(new Option('--format <format>', 'updates: csv or jsonl (default: from the first character)').choices(['csv', 'jsonl']))
    .option('--cluster <name>', 'nodes: the cluster the inventory is of', DEFAULT_CLUSTER)
    .option('--registry <host>', 'tags: the registry the tag list came from', DEFAULT_REGISTRY)
    .option('--json', 'print the whole report as JSON')
    .addOption(new Option('--progress-every <ms>', 'plain progress lines at most this often').default(2000).argParser(Number).hideHelp())
    .action(async (kind: IngestKind, file: string, flags: Flags) => {
      process.exitCode = await ingest(kind, file, flags);
    });
}

async function ingest(kind: IngestKind, file: string, flags: Flags): Promise<number> {
  const config = loadConfig();
  const stdin = file === '-';
  const size = stdin ? null : fs.statSync(file).size; // a missing file fails here, before the database is opened
  const db = await createDatabase({ databaseUrl: config.database.url, pgliteDir: config.database.pgliteDir });
  const progress = createProgress(`ingest ${kind}`, size, flags.progressEvery);
  try {
    const input = counted(stdin ? process.stdin : fs.createReadStream(file), (n) => progress.bytes(n));
    const deps = databaseIngestDeps(db.prisma);
    const report = await runIngest(deps, input, {
      kind,
      source: flags.source ?? (stdin ? 'stdin' : path.basename(file)),
      partial: flags.partial ?? false,
      format: flags.format,
      cluster: flags.cluster,
      registry: flags.registry,
      onProgress: (rows) => progress.rows(rows),
    });
    progress.stop();
    printReport(report, flags.json ?? false);
    return exitCode(report);
  } finally {
    await db.close();
  }
}

async function* counted(source: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

const exitCode = (r: IngestReport): number => (r.status === 'completed' ? 0 : r.status === 'rejected' ? 1 : 2);
