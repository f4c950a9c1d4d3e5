/**
 * The bundled catalog's on-disk shapes (prisma/seed/releases.json, kb.csv) and
 * their conversion to domain values. The converters check every field and name
 * the one that is wrong, because the data is hand-edited research.
 *
 *   kb       := "KB" digit{6,7}                (any case; stored upper-case)
 *   date     := YYYY "-" MM "-" DD             (a real calendar date)
 *   build    := integer 1..65535
 *   revision := integer 0..65535
 */
import { releaseAliases } from './release-aliases';
import type { Channel, HostKind, Release, ReleaseFamily, Update, UpdateKind } from './release';
import { err, ok, type Result } from './result';

/** One entry of releases.json. `channel` is free text there: "LTSC", "SAC", "Annual Channel", "SAC (client)" … */
export interface ReleaseRecord {
  readonly name: string;
  readonly version: string;
  readonly build: number;
  readonly channel: string;
  readonly kind: string;
  readonly gaDate: string;
  readonly mainstreamEnd: string | null;
  readonly extendedEnd: string | null;
  /** Repository → tag notes; a note's first token is the tag, the rest is commentary. */
  readonly mcrRepos: Readonly<Record<string, readonly string[]>>;
  readonly docCompat?: unknown;
  readonly notes?: string | null;
  readonly sources?: readonly string[];
}

/** One row of kb.csv, every column a string as the CSV holds it. */
export interface UpdateRow {
  readonly kb: string;
  readonly build: string;
  readonly revision: string;
  readonly date: string;
  readonly product: string;
  readonly source: string;
}

/** A field of a seed record that cannot be converted. */
export interface RecordProblem {
  readonly field: string;
  readonly message: string;
  readonly input: string;
}

const FLOATING_TAG = /^(ltsc\d{4}|sac2016|\d{4}|\d{2}H\d)$/i;
const VERSION_CODE = /^(\d{4}|\d{2}H\d)$/i;
const KB = /^KB\d{6,7}$/i;

export function releaseFromRecord(rec: ReleaseRecord): Result<Release, RecordProblem> {
  const where = typeof rec?.name === 'string' ? ` of "${rec.name}"` : '';
  const problem = (field: string, what: string, value: unknown) =>
    err({ field, message: `${field}${where} ${what}`, input: String(value) });
  if (typeof rec?.name !== 'string' || rec.name.trim() === '') return problem('name', 'must be a non-empty string', rec?.name);
  const family = familyOf(rec.name);
  if (!family) return problem('name', 'must start with "Windows Server", "Windows 10" or "Windows 11"', rec.name);
  if (rec.kind !== 'server' && rec.kind !== 'client') return problem('kind', 'must be "server" or "client"', rec.kind);
  const kind: HostKind = rec.kind;
  if ((family === 'windows-server') !== (kind === 'server'))
    return problem('kind', `"${kind}" contradicts the name`, rec.kind);
  if (typeof rec.version !== 'string' || !VERSION_CODE.test(rec.version))
    return problem('version', 'must be a version code like 1809 or 21H2', rec.version);
  if (!isInt(rec.build, 1, 65535)) return problem('build', 'must be an integer from 1 to 65535', rec.build);
  const channel = channelOf(kind, rec.channel);
  if (!channel) return problem('channel', 'must be "LTSC", "SAC" or "Annual Channel" for a server', rec.channel);
  if (!isIsoDate(rec.gaDate)) return problem('gaDate', 'must be a date YYYY-MM-DD', rec.gaDate);
  for (const field of ['mainstreamEnd', 'extendedEnd'] as const) {
    const value = rec[field];
    if (value !== null && !isIsoDate(value)) return problem(field, 'must be a date YYYY-MM-DD or null', value);
    if (value !== null && value < rec.gaDate) return problem(field, `is before gaDate ${rec.gaDate}`, value);
  }
  const versionCode = rec.version.toUpperCase();
  const year = /^Windows Server (\d{4})$/.exec(rec.name)?.[1];
  if (channel === 'LTSC' && !year) return problem('name', 'of an LTSC server must be "Windows Server <year>"', rec.name);
  const ltscName = channel === 'LTSC' ? `ltsc${year}` : null;
  const key =
    kind === 'server'
      ? (ltscName?.replace('ltsc', 'ws') ?? `ws-${versionCode.toLowerCase()}`)
      : `${family === 'windows-10' ? 'win10' : 'win11'}-${versionCode.toLowerCase()}`;
  if (typeof rec.mcrRepos !== 'object' || rec.mcrRepos === null) return problem('mcrRepos', 'must be an object', rec.mcrRepos);
  const subject = { key, name: rec.name, family, kind, channel, versionCode, ltscName };
  return ok({
    ...subject,
    build: rec.build,
    aliases: releaseAliases(subject),
    gaDate: rec.gaDate,
    mainstreamEnd: rec.mainstreamEnd,
    extendedEnd: rec.extendedEnd,
    baseImageTags: floatingTags(rec.mcrRepos),
    notes: rec.notes ?? null,
    sources: rec.sources ?? [],
  });
}

export function updateFromRow(row: UpdateRow): Result<Update, RecordProblem> {
  const where = typeof row?.kb === 'string' ? ` of ${row.kb}` : '';
  const problem = (field: string, what: string, value: unknown) =>
    err({ field, message: `${field}${where} ${what}`, input: String(value) });
  if (typeof row?.kb !== 'string' || !KB.test(row.kb)) return problem('kb', 'must be KB followed by 6 or 7 digits', row?.kb);
  const build = toInt(row.build, 1);
  if (build === null) return problem('build', 'must be an integer from 1 to 65535', row.build);
  const revision = toInt(row.revision, 0);
  if (revision === null) return problem('revision', 'must be an integer from 0 to 65535', row.revision);
  if (!isIsoDate(row.date)) return problem('date', 'must be a date YYYY-MM-DD', row.date);
  if (typeof row.product !== 'string' || typeof row.source !== 'string')
    return problem('source', 'product and source must be strings', row.source);
  return ok({
    kb: row.kb.toUpperCase(),
    build,
    revision,
    releaseDate: row.date,
    product: row.product,
    kind: updateKind(row.source),
    source: row.source,
  });
}

/** The KB titles Microsoft publishes say "Preview" or "Out-of-band"; the rest are Patch Tuesday releases. */
const updateKind = (source: string): UpdateKind =>
  source.includes('Preview') ? 'preview' : source.includes('Out-of-band') ? 'out-of-band' : 'security';

function floatingTags(repos: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [repo, entries] of Object.entries(repos)) {
    // Entries flagged "verify" are sightings in third-party files, not tags Microsoft documents.
    const tags = entries
      .filter((e) => typeof e === 'string' && !/verify/i.test(e))
      .map((e) => e.trim().split(/\s+/)[0])
      .filter((t) => FLOATING_TAG.test(t));
    if (tags.length > 0) out[repo] = [...new Set(tags)];
  }
  return out;
}

function familyOf(name: string): ReleaseFamily | null {
  if (/^Windows Server\b/.test(name)) return 'windows-server';
  if (/^Windows 10\b/.test(name)) return 'windows-10';
  if (/^Windows 11\b/.test(name)) return 'windows-11';
  return null;
}

function channelOf(kind: HostKind, channel: string): Channel | null {
  if (kind === 'client') return 'GA'; // every client build is a general-availability release
  if (channel === 'LTSC' || channel === 'SAC') return channel;
  return channel === 'Annual Channel' ? 'AC' : null;
}

const isInt = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

const toInt = (s: unknown, min: number): number | null =>
  typeof s === 'string' && /^\d{1,5}$/.test(s) && isInt(Number(s), min, 65535) ? Number(s) : null;

export function isIsoDate(s: unknown): s is string {
  const m = typeof s === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1];
}
