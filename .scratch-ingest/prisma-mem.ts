import { createDatabase } from '../src/data/database';
(async () => {
  const db = await createDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' });
  const big = JSON.stringify(Array.from({ length: 5000 }, (_, i) => [i, 'x'.repeat(200)]));
  await db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('CREATE TEMP TABLE t (a int, b text) ON COMMIT DROP');
    for (let i = 0; i < 40; i++) {
      await tx.$executeRawUnsafe(`INSERT INTO t SELECT (r->>0)::int, r->>1 FROM jsonb_array_elements($1::jsonb) r`, big);
      if (i % 10 === 0) { (global as any).gc?.(); console.log(i, Math.round(process.memoryUsage().heapUsed / 1e6)); }
    }
  }, { timeout: 600000 });
  (global as any).gc?.(); console.log('end', Math.round(process.memoryUsage().heapUsed / 1e6));
  await db.close();
})();
