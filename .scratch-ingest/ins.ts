import fs from 'node:fs';
import pg from 'pg';
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
  const lines = fs.readFileSync('/tmp/hist100k.csv', 'utf8').trim().split('\n').slice(1);
  const tsvs: string[] = [];
  for (let i = 0; i < lines.length; i += 5000) tsvs.push(lines.slice(i, i + 5000).map((l, j) => { const f = l.split(','); return [i + j, f[0], f[1], f[2], f[3], f[4], 'security', 'generated history, title ' + f[3] + '—' + f[0]].join('\t'); }).join('\n'));
  for (const target of ['kb_update', 'plain']) {
    await c.query('BEGIN');
    await c.query('CREATE TEMP TABLE plain (LIKE kb_update) ON COMMIT DROP');
    const sql = `INSERT INTO ${target} (kb, build, revision, release_date, product, kind, source) SELECT split_part(l, E'\\t', 2), split_part(l, E'\\t', 3)::int, split_part(l, E'\\t', 4)::int, split_part(l, E'\\t', 5)::date, split_part(l, E'\\t', 6), split_part(l, E'\\t', 7)::update_kind, split_part(l, E'\\t', 8) FROM string_to_table($1, E'\\n') l`;
    const t = Date.now(); for (const x of tsvs) await c.query(sql, [x]); console.log(target, Date.now() - t);
    await c.query('ROLLBACK');
  }
  await c.end();
})();
