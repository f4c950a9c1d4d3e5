import { Readable } from 'node:stream';
import { decodeInput } from '../src/ingest/input-text';
import { Tally } from '../src/ingest/tally';
import { updateBatches } from '../src/ingest/update-rows.reader';
import { historyChunks } from '../test/fixtures/ingest/generated-history';
(async () => {
  const chunks = [...historyChunks(100000)].map((c) => Buffer.from(c));
  for (let r = 0; r < 6; r++) {
    const t = Date.now(); let n = 0;
    for await (const b of updateBatches(decodeInput(Readable.from(chunks)).chunks, undefined, new Tally())) n += b.length;
    console.log('parse', Date.now() - t, n);
  }
})();
