import fs from 'node:fs';
import pg from 'pg';
import { createDatabase } from '../src/data/database';
(async () => {
  const url = process.env.DATABASE_URL!;
  const lines = fs.readFileSync('/tmp/hist100k.csv', 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l, i) => { const f = l.split(','); return [i + 2, f[0], +f[1], +f[2], f[3], f[4], 'security', 'generated history title x y z ' + i]; });
  const batches: any[][] = []; for (let i = 0; i < rows.length; i += 5000) batches.push(rows.slice(i, i + 5000));
  const SQL = `INSERT INTO st SELECT (r->>0)::int, r->>1, (r->>2)::int, (r->>3)::int, (r->>4)::date, r->>5, (r->>6)::update_kind, r->>7 FROM jsonb_array_elements($1::jsonb) AS r`;
  const SQL2 = `INSERT INTO st SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::date[], $6::text[], $7::update_kind[], $8::text[])`;
  const c = new pg.Client({ connectionString: url }); await c.connect();
  await c.query('BEGIN'); await c.query('CREATE TEMP TABLE st (line int, kb text, build int, revision int, release_date date, product text, kind update_kind, source text) ON COMMIT DROP');
  let t = Date.now(); for (const b of batches) await c.query(SQL, [JSON.stringify(b)]); console.log('pg jsonb', Date.now() - t);
  t = Date.now(); for (const b of batches) await c.query(SQL2, [0,1,2,3,4,5,6,7].map((k) => b.map((r) => r[k]))); console.log('pg unnest', Date.now() - t);
  await c.query('ROLLBACK'); await c.end();
  const db = await createDatabase({ databaseUrl: url });
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('CREATE TEMP TABLE st (line int, kb text, build int, revision int, release_date date, product text, kind update_kind, source text) ON COMMIT DROP');
    let t = Date.now(); for (const b of batches) await tx.$executeRawUnsafe(SQL, JSON.stringify(b)); console.log('prisma jsonb', Date.now() - t);
    t = Date.now(); for (const b of batches) await tx.$executeRawUnsafe(SQL.replace('::jsonb', '::text::jsonb'), JSON.stringify(b)); console.log('prisma text->jsonb', Date.now() - t);
    throw new Error('x');
  }, { timeout: 600000 }).catch(() => undefined);
  await db.close();
})();
