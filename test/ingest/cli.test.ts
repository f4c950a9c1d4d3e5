/**
 * `npm run ingest` as a child process. All or nothing: SIGKILL in the middle of a 200,000-row
 * file leaves the catalog as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyChunks } from '../fixtures/ingest/generated-history';
import { cliDatabase, runCli, type CliDatabase } from './cli-support';
import { fixture } from './ingest-support';

let db: CliDatabase;
beforeAll(async () => {
  db = await cliDatabase();
}, 30_000);
afterAll(() => db.drop());

const ingest = (args: string[], options?: Parameters<typeof runCli>[3]) => runCli(db.env, 'scripts/ingest.ts', args, options);

it('stdin as JSON lines with --json, then a rejected file: exit code 0, then 1 with the row problem', async () => {
  const first = await ingest(['updates', '-', '--source', 'july-jsonl', '--json'], { stdin: fs.readFileSync(fixture('patch-tuesday-2026-07.jsonl'), 'utf8') });
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout)).toMatchObject({ kind: 'updates', source: 'july-jsonl', status: 'completed', inserted: 4, changed: true });
  expect(first.stderr).toMatch(/ingest updates: 4 rows read, \d+ bytes\n/); // plain lines: stderr is not a terminal

  const rejected = await ingest(['updates', '-'], { stdin: 'kb,build,revision,date,product,source\nKB5099940,20348,-1,2026-11-10,x,y\n' });
  expect(rejected.code).toBe(1);
  expect(rejected.stdout).toMatch(/^updates from stdin: REJECTED, run \d+\n {2}rows read 1: inserted 0, updated 0, unchanged 0, rejected 1, skipped 0/);
  expect(rejected.stdout).toMatch(/line 2 revision: revision of KB5099940 must be an integer from 0 to 65535, got "-1"/);
}, 30_000);

it('SIGKILL in the middle of a 200,000-row file: the catalog is unchanged, no run is recorded, the next run works', async () => {
  const file = path.join(db.tmp, 'history-200k.csv');
  fs.writeFileSync(file, [...historyChunks(200_000)].join(''));
  const before = await db.state();
  let killedAt = 0;
  const killed = await ingest(['updates', file, '--progress-every', '0'], {
    onStderr: (text, kill) => {
      const rows = Number([...text.matchAll(/(\d+) rows read/g)].pop()?.[1] ?? 0);
      if (!killedAt && rows >= 20_000) (killedAt = rows), kill(); // rows are in the open transaction by now
    },
  });
  expect(killed.signal).toBe('SIGKILL');
  expect(killedAt).toBeGreaterThanOrEqual(20_000);
  expect(killedAt).toBeLessThan(200_000);
  expect(await db.state()).toEqual(before);

  const next = await ingest(['releases', '-'], { stdin: '[{"name":' });
  expect(next.code).toBe(2); // the file, not a lock or a half-written state, is what fails
  expect(next.stdout).toMatch(/^releases from stdin: FAILED, run \d+\n[\s\S]*looks truncated/);
}, 60_000);
