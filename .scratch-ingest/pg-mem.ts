import pg from 'pg';
import { createDatabase } from '../src/data/database';
(async () => {
  const big = JSON.stringify(Array.from({ length: 5000 }, (_, i) => [i, 'x'.repeat(200)]));
  const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' });
  await c.connect(); await c.query('BEGIN'); await c.query('CREATE TEMP TABLE t (a int, b text) ON COMMIT DROP');
  for (let i = 0; i < 40; i++) {
    await c.query(`INSERT INTO t SELECT (r->>0)::int, r->>1 FROM jsonb_array_elements($1::jsonb) r`, [big]);
    if (i % 10 === 0) { (global as any).gc?.(); console.log('pg', i, Math.round(process.memoryUsage().heapUsed / 1e6)); }
  }
  await c.query('COMMIT'); await c.end();
  const db = await createDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' });
  for (let i = 0; i < 40; i++) {
    await db.prisma.$executeRawUnsafe(`SELECT length($1::text)`, big);
    if (i % 10 === 0) { (global as any).gc?.(); console.log('prisma no tx', i, Math.round(process.memoryUsage().heapUsed / 1e6)); }
  }
  await db.close();
})();
