import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../src/generated/prisma/client';
import v8 from 'node:v8';
(async () => {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' }) });
  const big = 'y'.repeat(1_000_000);
  for (let i = 0; i < 20; i++) await prisma.$executeRawUnsafe(`SELECT length($1::text)`, big);
  (global as any).gc(); console.log('after', Math.round(process.memoryUsage().heapUsed / 1e6));
  await new Promise((r) => setTimeout(r, 1500));
  (global as any).gc(); console.log('later', Math.round(process.memoryUsage().heapUsed / 1e6));
  v8.writeHeapSnapshot('/tmp/prisma.heapsnapshot');
  await prisma.$disconnect();
})();
