// `npm run migrate`: applies pending prisma/migrations to DATABASE_URL (see src/data/migrate.ts).
import { migrateUrl } from '../src/data/migrate';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (the embedded PGlite database migrates itself on start)');
  const applied = await migrateUrl(url);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
