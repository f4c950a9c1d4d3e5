import fs from 'node:fs';
import { createDatabase } from '../src/data/database';
import { PrismaIngestWriter } from '../src/data/ingest.writer';
import { runIngest } from '../src/ingest/ingest-job';
import { ReleaseCatalog } from '../src/domain/release-catalog';
(async () => {
  const db = await createDatabase({ databaseUrl: process.env.DATABASE_URL });
  const t0 = Date.now();
  const mark = (s: string) => console.log(s, Date.now() - t0);
  const w = new PrismaIngestWriter(db.prisma);
  const r = await runIngest({ writer: w, catalog: async () => new ReleaseCatalog([], []) }, fs.createReadStream(process.argv[2]), { kind: 'updates', source: 'x', onProgress: (n) => n % 20000 === 0 && mark('rows ' + n) });
  mark('done ' + r.durationMs + ' ' + r.inserted);
  await db.close();
})();
