/**
 * Rows ↔ domain values. Dates are ISO strings in the domain and DATE columns here
 * (UTC midnight Date objects in the client); the update kind is spelled `out_of_band`
 * in SQL because Postgres enum labels are identifiers in Prisma's schema language.
 */
import type { ImageTagRecord } from '../domain/image';
import type { Channel, Release, ReleaseFamily, Update, UpdateKind } from '../domain/release';
import type { Prisma, Release as ReleaseRow, Update as UpdateRow } from '../generated/prisma/client';
import type { UpdateKind as UpdateKindRow } from '../generated/prisma/enums';

const FAMILIES: readonly ReleaseFamily[] = ['windows-server', 'windows-10', 'windows-11'];
const CHANNELS: readonly Channel[] = ['LTSC', 'SAC', 'AC', 'GA'];

export const toDbDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
export const fromDbDate = (d: Date): string => d.toISOString().slice(0, 10);
const fromDbDateOrNull = (d: Date | null): string | null => (d ? fromDbDate(d) : null);
const toDbDateOrNull = (iso: string | null): Date | null => (iso ? toDbDate(iso) : null);

export function releaseToRow(r: Release): Prisma.ReleaseCreateManyInput {
  return {
    key: r.key,
    name: r.name,
    family: r.family,
    kind: r.kind,
    versionCode: r.versionCode,
    build: r.build,
    channel: r.channel,
    ltscName: r.ltscName,
    aliases: [...r.aliases],
    gaDate: toDbDate(r.gaDate),
    mainstreamEnd: toDbDateOrNull(r.mainstreamEnd),
    extendedEnd: toDbDateOrNull(r.extendedEnd),
    baseImageTags: r.baseImageTags as Prisma.InputJsonObject,
    notes: r.notes,
    sources: [...r.sources],
  };
}

export function releaseFromRow(row: ReleaseRow): Release {
  // Rows were written from domain values; a foreign value means someone edited the table by hand.
  if (!FAMILIES.includes(row.family as ReleaseFamily)) throw new Error(`release ${row.key}: unknown family ${row.family}`);
  if (!CHANNELS.includes(row.channel as Channel)) throw new Error(`release ${row.key}: unknown channel ${row.channel}`);
  return {
    key: row.key,
    name: row.name,
    family: row.family as ReleaseFamily,
    kind: row.kind,
    versionCode: row.versionCode,
    build: row.build,
    channel: row.channel as Channel,
    ltscName: row.ltscName,
    aliases: row.aliases,
    gaDate: fromDbDate(row.gaDate),
    mainstreamEnd: fromDbDateOrNull(row.mainstreamEnd),
    extendedEnd: fromDbDateOrNull(row.extendedEnd),
    baseImageTags: row.baseImageTags as Record<string, string[]>,
    notes: row.notes,
    sources: row.sources,
  };
}

const KIND_TO_ROW: Record<UpdateKind, UpdateKindRow> = { security: 'security', preview: 'preview', 'out-of-band': 'out_of_band' };
const KIND_FROM_ROW: Record<UpdateKindRow, UpdateKind> = { security: 'security', preview: 'preview', out_of_band: 'out-of-band' };

export function updateToRow(u: Update): Prisma.UpdateCreateManyInput {
  return { ...u, releaseDate: toDbDate(u.releaseDate), kind: KIND_TO_ROW[u.kind] };
}

export function updateFromRow(row: UpdateRow): Update {
  return { ...row, releaseDate: fromDbDate(row.releaseDate), kind: KIND_FROM_ROW[row.kind] };
}

export interface TagRowWithRepository {
  tag: string;
  build: number;
  revision: number | null;
  arch: ImageTagRecord['arch'];
  origin: ImageTagRecord['origin'];
  floating: boolean;
  repository: { name: string };
}

export const tagFromRow = (row: TagRowWithRepository): ImageTagRecord => ({
  repository: row.repository.name,
  tag: row.tag,
  build: row.build,
  revision: row.revision,
  arch: row.arch,
  origin: row.origin,
  floating: row.floating,
});

/** The columns tagFromRow needs, for `select`. */
export const TAG_SELECT = {
  tag: true,
  build: true,
  revision: true,
  arch: true,
  origin: true,
  floating: true,
  repository: { select: { name: true } },
} as const satisfies Prisma.ImageTagSelect;
