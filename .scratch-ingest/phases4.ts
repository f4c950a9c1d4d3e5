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
  let q = 0;
  const tx: any = { $executeRawUnsafe: (sql: string, ...a: any[]) => c.query(sql, a), $queryRawUnsafe: async (sql: string, ...a: any[]) => { const t = Date.now(); const r = (await c.query(sql, a)).rows; q += Date.now() - t; return r; } };
  const w = new UpdateRowsWriter(tx); await w.begin();
  let t = Date.now();
  for (const b of batches) await w.write(b);
  console.log('pg write', Date.now() - t, 'query', q);
  await c.query('ROLLBACK'); await c.end();
})();
