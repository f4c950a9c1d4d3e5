import { Readable } from 'node:stream';
import { UpdateRowsWriter } from '../src/data/ingest-updates.sql';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
import { historyChunks } from '../test/fixtures/ingest/generated-history';
(async () => {
  const chunks = [...historyChunks(100000)].map((c) => Buffer.from(c));
  for (let r = 0; r < 3; r++) {
    const batches: any[] = [];
    let t = Date.now();
    for await (const b of updateBatches(decodeInput(Readable.from(chunks)).chunks, undefined, new Tally())) batches.push(b);
    const parse = Date.now() - t;
    let sent = 0;
    const tx: any = { $executeRawUnsafe: async (_s: string, p: string) => { sent += p?.length ?? 0; }, $queryRawUnsafe: async () => [] };
    const w = new UpdateRowsWriter(tx); await w.begin();
    t = Date.now();
    for (const b of batches) await w.write(b);
    console.log('parse', parse, 'write JS', Date.now() - t, sent);
  }
})();
