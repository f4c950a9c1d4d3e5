import fs from 'node:fs';
import { parse } from 'csv-parse';
(async () => {
  for (const info of [true, false]) {
    const t0 = Date.now();
    const parser = fs.createReadStream('/tmp/hist200k.csv').pipe(parse({ relax_column_count: true, skip_empty_lines: true, info, max_record_size: 1 << 20 }));
    let n = 0;
    for await (const r of parser) n++;
    console.log('info', info, 'rows', n, 'ms', Date.now() - t0);
  }
  const t1 = Date.now();
  const text = fs.readFileSync('/tmp/hist200k.csv', 'utf8');
  let m = 0; for (const line of text.split('\n')) { if (line) m++; }
  console.log('split', m, Date.now() - t1);
})();
