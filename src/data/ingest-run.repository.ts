import type { IngestReport, RowProblem } from '../domain/ingest/ingest-report';
import type { IngestRun as IngestRunRow, Prisma, PrismaClient } from '../generated/prisma/client';
import type { IngestRunRepository, RunDraft } from './ingest-ports';

export const runToRow = (d: RunDraft, changed: boolean, catalogVersion: string | null, finishedAt: Date): Prisma.IngestRunCreateInput => ({
  kind: d.kind,
  source: d.source,
  contentSha256: d.contentSha256,
  status: d.status,
  partial: d.partial,
  ...d.counts,
  problems: d.problems as unknown as Prisma.InputJsonArray,
  message: d.message,
  changed,
  catalogVersion,
  startedAt: d.startedAt,
  finishedAt,
  durationMs: Math.max(0, finishedAt.getTime() - d.startedAt.getTime()),
});

export const reportFromRow = (r: IngestRunRow): IngestReport => ({
  id: r.id,
  kind: r.kind,
  source: r.source,
  contentSha256: r.contentSha256,
  status: r.status,
  partial: r.partial,
  rowsRead: r.rowsRead,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  rejected: r.rejected,
  skipped: r.skipped,
  removed: r.removed,
  problems: r.problems as unknown as RowProblem[],
  message: r.message,
  changed: r.changed,
  catalogVersion: r.catalogVersion,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt.toISOString(),
  durationMs: r.durationMs,
});

export class PrismaIngestRunRepository implements IngestRunRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listRuns(first: number): Promise<IngestReport[]> {
    const rows = await this.prisma.ingestRun.findMany({ orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], take: first });
    return rows.map(reportFromRow);
  }

  async catalogWasIngested(): Promise<boolean> {
    return (await this.prisma.ingestRun.count({ where: { status: 'completed', changed: true, kind: { not: 'nodes' } } })) > 0;
  }
}
