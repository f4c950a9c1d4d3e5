/** `npm run token` as a child process: create prints the token once, list never shows it, revoke marks it. */
import { cliDatabase, runCli, type CliDatabase } from './cli-support';

let db: CliDatabase;
beforeAll(async () => {
  db = await cliDatabase();
}, 30_000);
afterAll(() => db.drop());

const token = (args: string[]) => runCli(db.env, 'scripts/token.ts', args);

it('create, revoke, list', async () => {
  const created = await token(['create', 'nightly-job']);
  expect(created.code).toBe(0);
  const secret = created.stdout.trim();
  expect(secret).toMatch(/^wct_[A-Za-z0-9_-]{43}$/);
  expect(created.stderr).toMatch(/created token \d+ "nightly-job"; it is shown once/);
  const revoked = await token(['revoke', 'nightly-job']);
  expect(revoked.stdout).toMatch(/^revoked token \d+ "nightly-job" at /);
  const listed = await token(['list']);
  expect(listed.stdout).toMatch(/^\d+\tnightly-job\tcreated \S+\trevoked \S+\n$/);
  expect(listed.stdout).not.toContain(secret.slice(4));
  const stored = await db.withDatabase((d) => d.prisma.apiToken.findMany());
  expect(stored).toEqual([expect.objectContaining({ name: 'nightly-job', revokedAt: expect.any(Date) })]);
  expect(stored[0].tokenHash).not.toContain(secret.slice(4));
}, 30_000);
