/**
 * The ingest mutations' use case: check the bearer token, then hand the content to the same
 * ingestion job the CLI runs (injected by main.ts, so services do not import src/ingest).
 * A file that cannot be read at all leaves as IngestFileFailure (INVALID_INGEST_FILE).
 */
import type { IngestKind, IngestReport } from '../domain/ingest/ingest-report';
import type { IngestRunRepository, NodeRepository } from '../data/ingest-ports';
import type { AuthService } from './auth.service';

export interface IngestRequest {
  readonly kind: IngestKind;
  readonly source: string;
  readonly partial: boolean;
  readonly format?: 'csv' | 'jsonl';
  readonly registry?: string;
  readonly cluster?: string;
}

/** Runs one ingestion of `content` (src/ingest/ingest-job.ts). */
export type IngestRunner = (content: string, request: IngestRequest) => Promise<IngestReport>;

/** What main.ts wires for the ingest mutations, ingestRuns and the node queries. */
export interface IngestionServices {
  readonly auth: AuthService;
  readonly runner: IngestRunner;
  readonly runs: IngestRunRepository;
  readonly nodes: NodeRepository;
}

export class IngestFileFailure extends Error {
  readonly code = 'INVALID_INGEST_FILE';
  constructor(readonly report: IngestReport) {
    super(`The ${report.kind} file could not be read: ${report.message ?? 'unknown reason'}`);
    this.name = 'IngestFileFailure';
  }
}

export class IngestService {
  constructor(
    private readonly auth: AuthService,
    private readonly runner: IngestRunner,
    private readonly runs: IngestRunRepository,
    private readonly authorization: string | undefined,
  ) {}

  async ingest(content: string, request: Omit<IngestRequest, 'source'> & { source?: string | null }): Promise<IngestReport> {
    const token = await this.auth.authenticate(this.authorization);
    const report = await this.runner(content, { ...request, source: request.source?.trim() || `graphql:${token.name}` });
    if (report.status === 'failed') throw new IngestFileFailure(report);
    return report;
  }

  /** Newest first; `first` is clamped to 1..100. */
  listRuns(first = 20): Promise<IngestReport[]> {
    return this.runs.listRuns(Math.min(100, Math.max(1, Math.floor(first))));
  }
}
