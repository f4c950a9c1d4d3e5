import fs from 'node:fs';
import pg from 'pg';
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
  const lines = fs.readFileSync('/tmp/hist100k.csv', 'utf8').trim().split('\n').slice(1);
  await c.query('BEGIN');
  await c.query(`CREATE TEMP TABLE ingest_update_change (kb text, build int, revision int, product text, kind update_kind, source text) ON COMMIT DROP`);
  await c.query(`INSERT INTO kb_update (kb, build, revision, release_date, product, kind, source) SELECT 'KB'||(7000000+g), 30000 + g % 100, g, '2027-01-01', 'x', 'security', 'y' FROM generate_series(1, 100000) g`);
  await c.query('ANALYZE kb_update');
  const src = fs.readFileSync('/work/main/src/data/ingest-updates.sql.ts', 'utf8');
  const sql = eval('`' + src.split('const CLASSIFY_AND_INSERT = `')[1].split('`;')[0] + '`');
  const tsv = lines.slice(0, 5000).map((l, i) => { const f = l.split(','); return [i, f[0], f[1], f[2], f[3], f[4], 'security', 'src'].join('\t'); }).join('\n');
  const r = await c.query('EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ' + sql, [tsv]);
  console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  await c.query('ROLLBACK'); await c.end();
})();
