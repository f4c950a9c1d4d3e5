import { Readable } from 'node:stream';
import { createDatabase } from '../src/data/database';
import { PrismaIngestWriter } from '../src/data/ingest.writer';
import { runIngest } from '../src/ingest/ingest-job';
import { ReleaseCatalog } from '../src/domain/release-catalog';
import { historyChunks } from '../test/fixtures/ingest/generated-history';
import { UpdateRowsWriter } from '../src/data/ingest-updates.sql';
(async () => {
  const chunks = [...historyChunks(100000)].map((c) => Buffer.from(c));
  let wq = 0; const ow = UpdateRowsWriter.prototype.write;
  UpdateRowsWriter.prototype.write = async function (b) { const t = process.hrtime.bigint(); await ow.call(this, b); wq += Number(process.hrtime.bigint() - t) / 1e6; };
  for (let round = 0; round < 3; round++) {
    const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL });
    await db.prisma.$executeRawUnsafe(`DELETE FROM kb_update WHERE kb >= 'KB6000000'`);
    await db.prisma.$executeRawUnsafe(`VACUUM kb_update`).catch(() => 0);
    wq = 0;
    const t0 = process.hrtime.bigint();
    const r = await runIngest({ writer: new PrismaIngestWriter(db.prisma), catalog: async () => new ReleaseCatalog([], []) }, Readable.from(chunks), { kind: 'updates', source: 'x' });
    console.log('total', Number(process.hrtime.bigint() - t0) / 1e6, 'in write()', Math.round(wq), r.inserted);
    await db.close();
  }
})();
