/**
 * Writes an ingestion run in ONE transaction: classify the rows against the catalog, ask the
 * job for its verdict (WritePlan.report), apply only a completed run, regenerate the derived tags
 * of the builds it touched, move the catalog version if anything changed, and store the run's
 * report, all before COMMIT. A killed run therefore leaves nothing behind, and every cache key
 * built on the old version becomes unreachable on every instance at the moment of commit.
 *
 * Runs (and the bundled seed) are serialised by one advisory lock. Update rows are written while
 * the file streams (a rejected all-or-nothing run rolls them back), so a slow upload holds it long.
 */
import crypto from 'node:crypto';
import type { ImageTagRecord } from '../domain/image';
import type { IngestReport } from '../domain/ingest/ingest-report';
import type { KubeNodeRecord } from '../domain/ingest/kube-node';
import type { Release, Update } from '../domain/release';
import type { IngestRun as IngestRunRow, Prisma, PrismaClient } from '../generated/prisma/client';
import { CATALOG_STATE_ID } from './catalog.repository';
import { refreshDerivedTags } from './derived-tags.refresh';
import { applyNodes, classifyNodes } from './ingest-nodes.write';
import { applyReleases, classifyReleases } from './ingest-releases.write';
import type { IngestWriter, Lined, RunDraft, WriteOutcome, WritePlan } from './ingest-ports';
import { reportFromRow, runToRow } from './ingest-run.repository';
import { applyTags, classifyTags } from './ingest-tags.write';
import { UpdateRowsWriter } from './ingest-updates.sql';

type Tx = Prisma.TransactionClient;

/** The seed's lock (catalog.writer.ts): ingestion and seeding never interleave. */
const CATALOG_LOCK_KEY = 72707370;
/** Long enough for 200,000 rows from a slow pipe on PGlite; a dead client ends sooner (its connection drops). */
const TRANSACTION = { maxWait: 60_000, timeout: 30 * 60_000 };

interface Work {
  readonly outcome: WriteOutcome;
  /** Applies the changes; returns the builds whose derived tags must be regenerated. */
  apply(): Promise<number[]>;
}

export class PrismaIngestWriter implements IngestWriter {
  constructor(private readonly prisma: PrismaClient) {}

  writeUpdates(batches: AsyncIterable<readonly Lined<Update>[]>, plan: WritePlan): Promise<IngestReport> {
    return this.transact(plan, true, async (tx) => {
      // New rows go in as the file streams, so the lock is taken first: runs serialise.
      await lock(tx);
      const rows = new UpdateRowsWriter(tx);
      await rows.begin();
      for await (const batch of batches) await rows.write(batch);
      return { outcome: rows.outcome(), apply: () => rows.apply() };
    });
  }

  writeReleases(rows: readonly Lined<Release>[], plan: WritePlan): Promise<IngestReport> {
    return this.transact(plan, true, async (tx) => {
      await lock(tx);
      const c = await classifyReleases(tx, rows);
      return { outcome: c.outcome, apply: () => applyReleases(tx, c) };
    });
  }

  writeTags(repository: string, rows: readonly Lined<ImageTagRecord>[], plan: WritePlan): Promise<IngestReport> {
    return this.transact(plan, true, async (tx) => {
      await lock(tx);
      const c = await classifyTags(tx, repository, rows);
      return { outcome: c.outcome, apply: async () => (await applyTags(tx, repository, c), []) };
    });
  }

  /** Nodes are not catalog facts: no cached answer depends on them, so the version stays. */
  writeNodes(cluster: string, rows: readonly Lined<KubeNodeRecord>[], listed: ReadonlySet<string>, plan: WritePlan): Promise<IngestReport> {
    return this.transact(plan, false, async (tx) => {
      await lock(tx);
      const c = await classifyNodes(tx, cluster, rows, listed);
      return { outcome: c.outcome, apply: async () => (await applyNodes(tx, cluster, c), []) };
    });
  }

  /** A run that wrote nothing (failed, or rejected in all-or-nothing mode). */
  async recordFailure(draft: RunDraft): Promise<IngestReport> {
    const state = await this.prisma.catalogState.findUnique({ where: { id: CATALOG_STATE_ID } });
    return reportFromRow(await this.prisma.ingestRun.create({ data: runToRow(draft, false, state?.version ?? null, new Date()) }));
  }

  private async transact(plan: WritePlan, movesCatalog: boolean, work: (tx: Tx) => Promise<Work>): Promise<IngestReport> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const w = await work(tx);
        const draft = plan.report(w.outcome);
        // Update rows went in as the file streamed: a run that is not completed undoes them all.
        if (draft.status !== 'completed') throw new NotWritten(draft);
        const o = w.outcome;
        const changed = o.inserted + o.updated + o.removed > 0;
        if (changed) await refreshDerivedTags(tx, await w.apply());
        const version = changed && movesCatalog ? await moveCatalogVersion(tx) : await catalogVersion(tx);
        const row = runToRow(draft, changed, version, new Date());
        if (plan.quietWhenUnchanged && !changed && draft.counts.rejected === 0) return reportFromRow({ id: 0, ...row } as IngestRunRow);
        return reportFromRow(await tx.ingestRun.create({ data: row }));
      }, TRANSACTION);
    } catch (e) {
      if (e instanceof NotWritten) return this.recordFailure(e.draft); // after the rollback: the report of a run that wrote nothing
      throw e;
    }
  }
}

/** Thrown out of the transaction to roll it back, carrying the report to store afterwards. */
class NotWritten extends Error {
  constructor(readonly draft: RunDraft) {
    super('ingestion run not written');
  }
}

const lock = (tx: Tx) => tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CATALOG_LOCK_KEY})`);

async function catalogVersion(tx: Tx): Promise<string | null> {
  return (await tx.catalogState.findUnique({ where: { id: CATALOG_STATE_ID } }))?.version ?? null;
}

/** A fresh opaque version: cache keys carry it, so every answer computed before is unreachable. */
async function moveCatalogVersion(tx: Tx): Promise<string> {
  const version = `ingest-${crypto.randomBytes(10).toString('hex')}`;
  await tx.catalogState.upsert({ where: { id: CATALOG_STATE_ID }, create: { id: CATALOG_STATE_ID, version }, update: { version } });
  return version;
}
