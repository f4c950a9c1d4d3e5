import fs from 'node:fs';
import pg from 'pg';
import { UpdateRowsWriter } from '../src/data/ingest-updates.sql';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
(async () => {
  const batches: any[] = [];
  for await (const b of updateBatches(decodeInput(fs.createReadStream(process.argv[2])).chunks, undefined, new Tally())) batches.push(b);
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect(); await c.query('BEGIN');
  const tx: any = { $executeRawUnsafe: (sql: string, ...a: any[]) => c.query(sql, a), $queryRawUnsafe: async (sql: string, ...a: any[]) => (await c.query(sql, a)).rows };
  const w = new UpdateRowsWriter(tx); await w.begin();
  let t = Date.now(); const times: number[] = [];
  for (const b of batches) { const t1 = Date.now(); await w.write(b); times.push(Date.now() - t1); }
  console.log('pg write', Date.now() - t, times.join(' '));
  await c.query('ROLLBACK'); await c.end();
})();
