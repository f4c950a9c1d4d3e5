import pg from 'pg';
import { createDatabase } from '../src/data/database';
import { historyRow } from '../test/fixtures/ingest/generated-history';
(async () => {
  const url = process.env.DATABASE_URL!;
  const tsvs: string[] = [];
  for (let i = 0; i < 100000; i += 5000) tsvs.push(Array.from({ length: 5000 }, (_, j) => { const f = historyRow(i + j).split(','); return [i + j, f[0], f[1], f[2], f[3], f[4], 'security', 'generated history, title ' + f[3] + '—' + f[0]].join('\t'); }).join('\n'));
  const sql = (t: string) => `INSERT INTO ${t} (kb, build, revision, release_date, product, kind, source) SELECT split_part(l, E'\\t', 2), split_part(l, E'\\t', 3)::int, split_part(l, E'\\t', 4)::int, split_part(l, E'\\t', 5)::date, split_part(l, E'\\t', 6), split_part(l, E'\\t', 7)::update_kind, split_part(l, E'\\t', 8) FROM string_to_table($1, E'\\n') l`;
  const c = new pg.Client({ connectionString: url }); await c.connect();
  const db = await createDatabase({ databaseUrl: url });
  for (let r = 0; r < 3; r++) {
    await c.query('BEGIN'); await c.query('CREATE TEMP TABLE t1 (LIKE kb_update INCLUDING ALL) ON COMMIT DROP');
    let t = Date.now(); for (const x of tsvs) await c.query(sql('t1'), [x]); console.log('pg', Date.now() - t); await c.query('ROLLBACK');
    await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('CREATE TEMP TABLE t1 (LIKE kb_update INCLUDING ALL) ON COMMIT DROP');
      const t = Date.now(); for (const x of tsvs) await tx.$executeRawUnsafe(sql('t1'), x); console.log('prisma', Date.now() - t);
      throw new Error('x');
    }, { timeout: 60000 }).catch(() => 0);
  }
  await c.end(); await db.close();
})();
