import fs from 'node:fs';
import { createDatabase } from '../src/data/database';
import { UpdateRowsWriter } from '../src/data/ingest-updates.sql';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
(async () => {
  const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL, pgliteDir: 'memory://' });
  let t = Date.now();
  const batches: any[] = [];
  for await (const b of updateBatches(decodeInput(fs.createReadStream(process.argv[2])).chunks, undefined, new Tally())) batches.push(b);
  console.log('parse', Date.now() - t);
  await db.prisma.$transaction(async (tx) => {
    const w = new UpdateRowsWriter(tx); await w.begin();
    t = Date.now(); let q = 0;
    for (const b of batches) { const t1 = Date.now(); await w.write(b); q += Date.now() - t1; }
    console.log('write', Date.now() - t, 'in queries', q, w.outcome().inserted);
    throw new Error('rollback');
  }, { timeout: 600000 }).catch((e) => console.log(e.message));
  await db.close();
})();
