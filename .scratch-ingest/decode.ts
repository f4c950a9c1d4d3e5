import { Readable } from 'node:stream';
import { decodeInput } from '../src/ingest/input-text';
import { lineBatches } from '../src/ingest/text-lines';
import { CsvRecordReader } from '../src/domain/ingest/csv-records';
import { historyChunks } from '../test/fixtures/ingest/generated-history';
(async () => {
  const chunks = [...historyChunks(100000)].map((c) => Buffer.from(c));
  for (let r = 0; r < 4; r++) {
    let t = Date.now(); let n = 0;
    for await (const c of decodeInput(Readable.from(chunks)).chunks) n += c.length;
    const d = Date.now() - t; t = Date.now(); let l = 0;
    for await (const b of lineBatches(decodeInput(Readable.from(chunks)).chunks)) l += b.length;
    const lb = Date.now() - t; t = Date.now(); let f = 0;
    const rd = new CsvRecordReader();
    for await (const b of lineBatches(decodeInput(Readable.from(chunks)).chunks)) for (const x of b) { const rec = rd.feed(x.text, x.line); if (rec && typeof rec !== 'string') f += rec.fields.length; }
    console.log('decode', d, 'lines', lb, 'csv', Date.now() - t, n, l, f);
  }
})();
