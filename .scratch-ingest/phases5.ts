import fs from 'node:fs';
import { createDatabase } from '../src/data/database';
import { UpdateRowsWriter } from '../src/data/ingest-updates.sql';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
(async () => {
  const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL, pgliteDir: 'memory://' });
  const batches: any[] = [];
  for await (const b of updateBatches(decodeInput(fs.createReadStream(process.argv[2])).chunks, undefined, new Tally())) batches.push(b);
  await db.prisma.$transaction(async (tx) => {
    let q = 0;
    const orig = tx.$queryRawUnsafe.bind(tx);
    (tx as any).$queryRawUnsafe = async (...a: any[]) => { const t = Date.now(); const r = await (orig as any)(...a); q += Date.now() - t; return r; };
    const w = new UpdateRowsWriter(tx); await w.begin();
    const t = Date.now();
    for (const b of batches) await w.write(b);
    console.log('prisma write', Date.now() - t, 'query', q);
    throw new Error('rollback');
  }, { timeout: 600000 }).catch((e) => console.log(e.message));
  await db.close();
})();
