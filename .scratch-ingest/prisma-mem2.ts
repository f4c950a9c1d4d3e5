import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../src/generated/prisma/client';
(async () => {
  for (const size of [0, 1000]) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://postgres@127.0.0.1:5432/wincompat_dev_ingest' }), queryPlanCacheMaxSize: size } as any);
    const big = JSON.stringify(Array.from({ length: 5000 }, (_, i) => [i, 'x'.repeat(200)]));
    for (let i = 0; i < 40; i++) {
      await prisma.$executeRawUnsafe(`SELECT length($1::text)`, big + ' '.repeat(i % 2));
      if (i % 10 === 9) { (global as any).gc?.(); console.log('cache', size, i, Math.round(process.memoryUsage().heapUsed / 1e6)); }
    }
    await prisma.$disconnect();
  }
})();
