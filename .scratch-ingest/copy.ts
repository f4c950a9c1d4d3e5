import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
  const text = fs.readFileSync('/tmp/hist100k-kind.csv', 'utf8');
  for (let i = 0; i < 3; i++) {
    await c.query('DROP TABLE IF EXISTS scratch'); await c.query('CREATE TABLE scratch (LIKE kb_update INCLUDING ALL)');
    const t = Date.now();
    await c.query('BEGIN');
    await pipeline(Readable.from([text]), c.query(copyFrom('COPY scratch (kb,build,revision,release_date,product,kind,source) FROM STDIN WITH (FORMAT csv)')));
    await c.query('COMMIT');
    console.log('copy indexed', Date.now() - t);
    await c.query('DROP TABLE IF EXISTS scratch2'); await c.query('CREATE TABLE scratch2 (LIKE kb_update)');
    const t2 = Date.now();
    await pipeline(Readable.from([text]), c.query(copyFrom('COPY scratch2 (kb,build,revision,release_date,product,kind,source) FROM STDIN WITH (FORMAT csv)')));
    console.log('copy plain', Date.now() - t2);
  }
  await c.query('DROP TABLE scratch; DROP TABLE scratch2'); await c.end();
})();
