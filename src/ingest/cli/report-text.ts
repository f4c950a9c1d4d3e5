/** An ingest report as the CLI prints it: a summary a person reads, or the JSON a script parses. */
import type { IngestReport } from '../../domain/ingest/ingest-report';

export function printReport(r: IngestReport, json: boolean, out: NodeJS.WriteStream = process.stdout): void {
  if (json) {
    out.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const lines = [
    `${r.kind} from ${r.source}: ${r.status.toUpperCase()}${r.partial ? ' (partial)' : ''}${r.id ? `, run ${r.id}` : ''}`,
    `  rows read ${r.rowsRead}: inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}, rejected ${r.rejected}, skipped ${r.skipped}` +
      (r.kind === 'nodes' ? `, removed ${r.removed}` : ''),
    `  sha256 ${r.contentSha256}, ${r.durationMs} ms, catalog version ${r.catalogVersion ?? '(none)'}${r.changed ? ' (changed)' : ''}`,
    ...(r.message ? [`  ${r.message}`] : []),
    ...r.problems.slice(0, 20).map((p) => `  line ${p.line} ${p.field}: ${p.reason}`),
    ...(r.rejected > 20 ? [`  … ${r.rejected - 20} more (--json lists ${Math.min(r.rejected, r.problems.length)})`] : []),
  ];
  out.write(`${lines.join('\n')}\n`);
}
