import { PrismaPg } from '@prisma/adapter-pg';
(async () => {
  const adapter = await new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' }).connect();
  const big = JSON.stringify(Array.from({ length: 5000 }, (_, i) => [i, 'x'.repeat(200)]));
  for (let i = 0; i < 40; i++) {
    await adapter.executeRaw({ sql: 'SELECT length($1::text)', args: [big], argTypes: [{ scalarType: 'string', arity: 'scalar' }] } as any);
    if (i % 10 === 9) { (global as any).gc?.(); console.log('adapter', i, Math.round(process.memoryUsage().heapUsed / 1e6)); }
  }
  await adapter.dispose();
})();
