/**
 * What ingestion, auth and the node queries ask of the store (beside ports.ts, which the
 * catalog services use). Domain types in, domain types out; Prisma stays in the classes.
 */
import type { ImageTagRecord } from '../domain/image';
import type { IngestCounts, IngestKind, IngestReport, IngestStatus, RowProblem } from '../domain/ingest/ingest-report';
import type { KubeNodeRecord } from '../domain/ingest/kube-node';
import type { Release, Update } from '../domain/release';

/** A validated row and the line it came from. */
export type Lined<T> = { readonly line: number; readonly value: T };

/** What the writer found, before anything is applied. */
export interface WriteOutcome {
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
  /** Rows the writer rejected: conflicts with the catalog, duplicates within the file. */
  readonly conflicts: number;
  /** The first of them, by line. */
  readonly conflictProblems: readonly RowProblem[];
}

/** The run as the job reports it, once the writer's outcome is known. */
export interface RunDraft {
  readonly kind: IngestKind;
  readonly source: string;
  readonly contentSha256: string;
  readonly partial: boolean;
  readonly startedAt: Date;
  readonly status: IngestStatus;
  readonly counts: IngestCounts;
  readonly problems: readonly RowProblem[];
  readonly message: string | null;
}

export interface WritePlan {
  /** Store nothing for a run that changed nothing and rejected nothing (the seed's merge at every start). */
  readonly quietWhenUnchanged?: boolean;
  /**
   * Called inside the transaction when every row is read and classified. The writer applies the
   * changes only when the draft's status is `completed`, then stores the run in the same transaction.
   */
  report(outcome: WriteOutcome): RunDraft;
}

export interface IngestWriter {
  writeUpdates(batches: AsyncIterable<readonly Lined<Update>[]>, plan: WritePlan): Promise<IngestReport>;
  writeReleases(rows: readonly Lined<Release>[], plan: WritePlan): Promise<IngestReport>;
  writeTags(repository: string, rows: readonly Lined<ImageTagRecord>[], plan: WritePlan): Promise<IngestReport>;
  /** The inventory of one cluster: nodes it no longer lists are removed. `listed` holds every node name in the file. */
  writeNodes(cluster: string, rows: readonly Lined<KubeNodeRecord>[], listed: ReadonlySet<string>, plan: WritePlan): Promise<IngestReport>;
  /** A run that failed before anything could be written. */
  recordFailure(draft: RunDraft): Promise<IngestReport>;
}

export interface IngestRunRepository {
  /** Newest first. */
  listRuns(first: number): Promise<IngestReport[]>;
  /** Whether any completed run has changed the catalog (the bundled seed then merges instead of replacing). */
  catalogWasIngested(): Promise<boolean>;
}

export interface ApiTokenInfo {
  readonly id: number;
  readonly name: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

export interface ApiTokenRepository {
  create(name: string, tokenHash: string): Promise<ApiTokenInfo>;
  findByHash(tokenHash: string): Promise<ApiTokenInfo | null>;
  /** By name, or by id when `nameOrId` is digits; null when there is no such token. */
  revoke(nameOrId: string): Promise<ApiTokenInfo | null>;
  list(): Promise<ApiTokenInfo[]>;
}

export interface StoredNode extends KubeNodeRecord {
  readonly observedAt: Date;
}

export interface NodeRepository {
  /** By cluster, then name. */
  listNodes(cluster?: string): Promise<StoredNode[]>;
}
