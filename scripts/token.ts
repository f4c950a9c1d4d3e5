// `npm run token -- create <name> | revoke <name|id> | list` (see src/ingest/cli/token.command.ts).
import { tokenCommand } from '../src/ingest/cli/token.command';

tokenCommand()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
