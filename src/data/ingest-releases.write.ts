/** The releases half of the ingest writer: compare by release key, then insert or update. */
import { compareRelease } from '../domain/ingest/release-row';
import type { Release } from '../domain/release';
import type { Prisma } from '../generated/prisma/client';
import { releaseFromRow, releaseToRow } from './catalog.mapper';
import type { Lined } from './ingest-ports';
import { classifyRows, type Classified } from './ingest-rows.classify';

type Tx = Prisma.TransactionClient;

export async function classifyReleases(tx: Tx, rows: readonly Lined<Release>[]): Promise<Classified<Release>> {
  const stored = new Map((await tx.release.findMany()).map((r) => [r.key, releaseFromRow(r)]));
  return classifyRows(rows, (r) => r.key, stored, compareRelease, (r) => `release ${r.key}`);
}

/** Returns the builds whose derived tags may have changed. */
export async function applyReleases(tx: Tx, c: Classified<Release>): Promise<number[]> {
  if (c.inserts.length) await tx.release.createMany({ data: c.inserts.map(releaseToRow) });
  for (const r of c.updates) await tx.release.update({ where: { key: r.key }, data: releaseToRow(r) });
  return [...new Set([...c.inserts, ...c.updates].map((r) => r.build))];
}
