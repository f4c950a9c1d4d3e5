import { createDatabase } from '../src/data/database';
import { execSync } from 'node:child_process';
async function main() {
  const db = await createDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:55432/postgres' });
  console.log(await db.prisma.release.count());
  const pid = execSync(`head -1 ${process.argv[2]}/data/postmaster.pid`).toString().trim();
  process.kill(Number(pid), 'SIGINT'); // fast shutdown
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < 2; i++) {
    const t = Date.now();
    try { await db.prisma.release.count(); console.log('ok'); } catch (e: any) {
      console.log(Date.now() - t, 'ms', e?.constructor?.name, e?.name, e?.code, JSON.stringify(e?.meta), e?.message?.slice(0, 300), 'cause:', e?.cause?.code, e?.cause?.kind);
    }
  }
  process.exit(0);
}
main();
