/**
 * Ingestion throughput: a generated 100,000-row update history (test/fixtures/ingest/generated-history.ts)
 * through the real job (parse, validate, classify, write, derived tags, catalog version, run report:
 * runIngest as the CLI calls it), against Postgres' own COPY of the same rows into a scratch table
 * shaped like kb_update (same columns, primary key and index), in the same run, on the same server.
 * Each round starts from a fresh migrated, seeded database, after one unmeasured warm-up run;
 * the median of the rounds is reported.
 * The rows are in memory for both sides, so neither pays for disk reads.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createDatabase } from '../src/data/database';
import { runIngest } from '../src/ingest/ingest-job';
import { seedBundledCatalog } from '../src/ingest/seed';
import { historyChunks, historyRow } from '../test/fixtures/ingest/generated-history';
import { median } from './bench-support';
import type { IngestFigure } from './report';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';
import { databaseIngestDeps } from '../src/ingest/ingestion.wiring';

const ROWS = 100_000;

export async function runIngestBench(rounds = 3, log: (s: string) => void = () => undefined): Promise<IngestFigure[]> {
  const chunks = [...historyChunks(ROWS)].map((c) => Buffer.from(c));
  // kb_update's own columns for COPY (kind is derived from the title during ingestion: all "security" here)
  const copyCsv = Array.from({ length: ROWS }, (_, i) => historyRow(i).replace(',"generated', ',security,"generated')).join('\n') + '\n';
  const ingestRates: number[] = [];
  const copyRates: number[] = [];
  const ratios: number[] = [];
  const warmUp = await seededScratch(0); // one unmeasured run, so the first round does not pay for JIT compilation
  await timeIngest(warmUp.url, chunks).finally(() => warmUp.drop());
  for (let round = 1; round <= rounds; round++) {
    const scratch = await seededScratch(round);
    try {
      const ingest = await timeIngest(scratch.url, chunks);
      const copy = await timeCopy(scratch.url, copyCsv);
      ingestRates.push(ROWS / ingest);
      copyRates.push(ROWS / copy);
      ratios.push(copy / ingest);
      log(`ingest round ${round}: ${Math.round(ROWS / ingest)} rows/s, COPY ${Math.round(ROWS / copy)} rows/s, ratio ${(copy / ingest).toFixed(2)}`);
    } finally {
      await scratch.drop();
    }
  }
  return [{ name: `updates: ${ROWS.toLocaleString('en')} generated rows (CSV), median of ${rounds}`, rowsPerSecond: median(ingestRates), copyRowsPerSecond: median(copyRates), ratioToCopy: median(ratios) }];
}

async function seededScratch(round: number): Promise<ScratchDatabase> {
  const scratch = await createScratchDatabase(`ingest${round}`);
  const db = await createDatabase({ databaseUrl: scratch.url });
  try {
    await seedBundledCatalog(db.prisma);
  } finally {
    await db.close();
  }
  return scratch;
}

/** Seconds for one run of the job, from the first byte to the stored report. */
async function timeIngest(url: string, chunks: readonly Buffer[]): Promise<number> {
  const db = await createDatabase({ databaseUrl: url });
  try {
    const deps = databaseIngestDeps(db.prisma);
    const start = process.hrtime.bigint();
    const report = await runIngest(deps, Readable.from(chunks), { kind: 'updates', source: 'bench' });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (report.status !== 'completed' || report.inserted !== ROWS) throw new Error(`bench ingestion did not insert every row: ${JSON.stringify(report).slice(0, 300)}`);
    return seconds;
  } finally {
    await db.close();
  }
}

/** Seconds for COPY of the same rows into a fresh table like kb_update, committed. */
async function timeCopy(url: string, csv: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE copy_scratch (LIKE kb_update INCLUDING ALL)');
    const start = process.hrtime.bigint();
    await client.query('BEGIN');
    await pipeline(Readable.from([csv]), client.query(copyFrom('COPY copy_scratch (kb, build, revision, release_date, product, kind, source) FROM STDIN WITH (FORMAT csv)')));
    await client.query('COMMIT');
    return Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    await client.end();
  }
}
