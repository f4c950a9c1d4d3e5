import fs from 'node:fs';
import { createDatabase } from '../src/data/database';
import { stageUpdates, classifyUpdates, applyUpdates } from '../src/data/ingest-updates.sql';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
(async () => {
  const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL, pgliteDir: 'memory://' });
  const batches: any[] = [];
  for await (const b of updateBatches(decodeInput(fs.createReadStream(process.argv[2])).chunks, undefined, new Tally())) batches.push(b);
  async function* gen() { yield* batches; }
  await db.prisma.$transaction(async (tx) => {
    if (process.env.WM) await tx.$executeRawUnsafe(`SET LOCAL work_mem = '${process.env.WM}'`);
    let t = Date.now();
    await stageUpdates(tx, gen()); console.log('stage', Date.now() - t); t = Date.now();
    await classifyUpdates(tx); console.log('classify', Date.now() - t); t = Date.now();
    await applyUpdates(tx); console.log('apply', Date.now() - t); t = Date.now();
    throw new Error('rollback');
  }, { timeout: 600000 }).catch((e) => console.log(e.message));
  await db.close();
})();
