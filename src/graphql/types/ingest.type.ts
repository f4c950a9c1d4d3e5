import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum IngestKindEnum {
  UPDATES = 'updates',
  RELEASES = 'releases',
  TAGS = 'tags',
  NODES = 'nodes',
}
export enum IngestStatusEnum {
  COMPLETED = 'completed',
  REJECTED = 'rejected',
  FAILED = 'failed',
}
export enum UpdateFileFormatEnum {
  CSV = 'csv',
  JSON_LINES = 'jsonl',
}
registerEnumType(IngestKindEnum, { name: 'IngestKind', description: 'What an ingestion run loaded.' });
registerEnumType(IngestStatusEnum, {
  name: 'IngestStatus',
  description: 'COMPLETED: written (in partial mode without the rejected rows). REJECTED: some rows were rejected, so nothing was written. FAILED: the file could not be read.',
});
registerEnumType(UpdateFileFormatEnum, { name: 'UpdateFileFormat', description: 'CSV with kb.csv\'s header, or one JSON object per line.' });

@ObjectType('IngestProblem', { description: 'A rejected row: where, which field, and why (both values for a conflict).' })
export class IngestProblemType {
  @Field(() => Int, { description: '1-based line where the row starts; 0 for the file as a whole.' }) line: number;
  @Field(() => String) field: string;
  @Field(() => String) reason: string;
}

@ObjectType('IngestReport', { description: 'One ingestion run. rowsRead = inserted + updated + unchanged + rejected + skipped.' })
export class IngestReportType {
  @Field(() => Int) id: number;
  @Field(() => IngestKindEnum) kind: IngestKindEnum;
  @Field(() => String, { description: 'Who or what sent the file.' }) source: string;
  @Field(() => String, { description: 'SHA-256 of the bytes, hex.' }) contentSha256: string;
  @Field(() => IngestStatusEnum) status: IngestStatusEnum;
  @Field(() => Boolean, { description: 'Whether good rows were written despite rejected ones.' }) partial: boolean;
  @Field(() => Int) rowsRead: number;
  @Field(() => Int) inserted: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => Int, { description: 'Rejected rows in total; `problems` lists the first 1000.' }) rejected: number;
  @Field(() => Int, { description: 'Rows that are not Windows: Linux nodes, tags with only non-Windows manifests or that no grammar reads.' }) skipped: number;
  @Field(() => Int, { description: 'Nodes of the cluster that the inventory no longer lists.' }) removed: number;
  @Field(() => [IngestProblemType]) problems: IngestProblemType[];
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => Boolean, { description: 'Whether any row changed; a completed catalog run that changed rows moved the catalog version.' }) changed: boolean;
  @Field(() => String, { nullable: true, description: 'The catalog version after the run.' }) catalogVersion: string | null;
  @Field(() => String, { description: 'ISO timestamp.' }) startedAt: string;
  @Field(() => String, { description: 'ISO timestamp.' }) finishedAt: string;
  @Field(() => Int) durationMs: number;
}
