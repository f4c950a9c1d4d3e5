/**
 * `npm run token -- create <name> | revoke <name|id> | list`: bearer tokens for the ingest
 * mutations. `create` prints the token once; only its SHA-256 is stored.
 */
import { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { PrismaApiTokenRepository } from '../../data/api-token.repository';
import { createDatabase } from '../../data/database';
import { AuthService } from '../../services/auth.service';

async function withAuth<T>(fn: (auth: AuthService) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await createDatabase({ databaseUrl: config.database.url, pgliteDir: config.database.pgliteDir });
  try {
    return await fn(new AuthService(new PrismaApiTokenRepository(db.prisma)));
  } finally {
    await db.close();
  }
}

export function tokenCommand(): Command {
  const token = new Command('token').description('Bearer tokens for the ingest mutations.');
  token
    .command('create <name>')
    .description('create a token and print it (shown once: store it now)')
    .action((name: string) =>
      withAuth(async (auth) => {
        const { token: secret, info } = await auth.create(name);
        process.stderr.write(`created token ${info.id} "${info.name}"; it is shown once, store it now:\n`);
        process.stdout.write(`${secret}\n`);
      }),
    );
  token
    .command('revoke <nameOrId>')
    .description('revoke a token by name or id')
    .action((nameOrId: string) =>
      withAuth(async (auth) => {
        const info = await auth.revoke(nameOrId);
        if (!info) {
          process.stderr.write(`no token named or numbered ${JSON.stringify(nameOrId)}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`revoked token ${info.id} "${info.name}" at ${info.revokedAt!.toISOString()}\n`);
      }),
    );
  token
    .command('list')
    .description('list tokens (never their secrets)')
    .action(() =>
      withAuth(async (auth) => {
        for (const t of await auth.list())
          process.stdout.write(`${t.id}\t${t.name}\tcreated ${t.createdAt.toISOString()}\t${t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active'}\n`);
      }),
    );
  return token;
}
