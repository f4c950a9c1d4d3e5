// `npm run ingest -- <kind> <file|-> [--partial] [--source NAME] …` (see src/ingest/cli/ingest.command.ts).
import { ingestCommand } from '../src/ingest/cli/ingest.command';

ingestCommand()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 3;
  });
