import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IngestReport } from '../../domain/ingest/ingest-report';
import type { IngestService } from '../../services/ingest.service';
import type { Context } from '../context';
import { IngestReportType, UpdateFileFormatEnum } from '../types/ingest.type';

const CONTENT = 'The file\'s text, as the CLI would read it (`npm run ingest` takes the same files from disk or stdin).';
const PARTIAL = 'Write the good rows and report the rest; by default one rejected row means nothing is written.';
const SOURCE = 'A name for ingestRuns (default: graphql:<token name>).';

const service = (ctx: Context): IngestService => {
  if (!ctx.ingest) throw new Error('ingestion is not wired into this server');
  return ctx.ingest;
};
const toReport = (r: IngestReport) => ({ ...r, problems: [...r.problems] }) as IngestReportType;

/** The ingest mutations (bearer token required) and the run history (open). */
@Resolver()
export class IngestResolver {
  @Mutation(() => IngestReportType, { description: 'Loads an update history (KB → build.revision): CSV with kb.csv\'s header kb,build,revision,date,product,source, or JSON lines with the same names.' })
  async ingestUpdates(
    @Ctx() ctx: Context,
    @Arg('content', () => String, { description: CONTENT }) content: string,
    @Arg('format', () => UpdateFileFormatEnum, { nullable: true, description: 'Default: JSON lines when the text starts with "{", else CSV.' }) format?: UpdateFileFormatEnum,
    @Arg('partial', () => Boolean, { defaultValue: false, description: PARTIAL }) partial = false,
    @Arg('source', () => String, { nullable: true, description: SOURCE }) source?: string,
  ): Promise<IngestReportType> {
    return toReport(await service(ctx).ingest(content, { kind: 'updates', format: format ?? undefined, partial, source }));
  }

  @Mutation(() => IngestReportType, { description: 'Loads releases: a JSON array in the shape of releases.json.' })
  async ingestReleases(
    @Ctx() ctx: Context,
    @Arg('content', () => String, { description: CONTENT }) content: string,
    @Arg('partial', () => Boolean, { defaultValue: false, description: PARTIAL }) partial = false,
    @Arg('source', () => String, { nullable: true, description: SOURCE }) source?: string,
  ): Promise<IngestReportType> {
    return toReport(await service(ctx).ingest(content, { kind: 'releases', partial, source }));
  }

  @Mutation(() => IngestReportType, { description: 'Loads a registry tag list (GET /v2/<name>/tags/list), optionally with each tag\'s image index; os.version makes a tag observed.' })
  async ingestTags(
    @Ctx() ctx: Context,
    @Arg('content', () => String, { description: CONTENT }) content: string,
    @Arg('registry', () => String, { nullable: true, description: 'The registry host the list came from (default mcr.microsoft.com).' }) registry?: string,
    @Arg('partial', () => Boolean, { defaultValue: false, description: PARTIAL }) partial = false,
    @Arg('source', () => String, { nullable: true, description: SOURCE }) source?: string,
  ): Promise<IngestReportType> {
    return toReport(await service(ctx).ingest(content, { kind: 'tags', registry: registry ?? undefined, partial, source }));
  }

  @Mutation(() => IngestReportType, { description: 'Loads a cluster\'s inventory: `kubectl get nodes -o json`. Nodes the inventory no longer lists are removed.' })
  async ingestNodes(
    @Ctx() ctx: Context,
    @Arg('content', () => String, { description: CONTENT }) content: string,
    @Arg('cluster', () => String, { description: 'The cluster the inventory is of.' }) cluster: string,
    @Arg('partial', () => Boolean, { defaultValue: false, description: PARTIAL }) partial = false,
    @Arg('source', () => String, { nullable: true, description: SOURCE }) source?: string,
  ): Promise<IngestReportType> {
    return toReport(await service(ctx).ingest(content, { kind: 'nodes', cluster, partial, source }));
  }

  @Query(() => [IngestReportType], { description: 'Ingestion runs, newest first (first: 1-100).' })
  async ingestRuns(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first = 20): Promise<IngestReportType[]> {
    return (await service(ctx).listRuns(first)).map(toReport);
  }
}
