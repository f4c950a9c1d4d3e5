/**
 * One row of an update history (kb.csv's columns, from CSV or a JSON line) → an Update,
 * or the row's problem. Columns:
 *
 *   kb, date, product, source                 required (kb.csv's own header)
 *   build, revision  |  version               either both numbers, or one "B.R" / "10.0.B.R" column
 *
 * Field rules are release-record.ts's (KB + 6-7 digits, real dates, revision 0..65535), plus:
 * a build is a Windows 10 / Server 2016 or later build (10240..65535), and text fields are
 * bounded and free of control characters (tabs, line breaks, NUL): a KB title is one line.
 */
import type { Update } from '../release';
import { updateFromRow } from '../release-record';
import { err, ok, type Result } from '../result';
import type { RowProblem } from './ingest-report';
import { CONTROL_CHARACTER } from './update-conflict';

export const REQUIRED_UPDATE_COLUMNS = ['kb', 'date', 'product', 'source'] as const;
const FIRST_WINDOWS_10_BUILD = 10240;
const MAX_TEXT = 2000;
const VERSION = /^(?:10\.0\.)?(\d{1,6})\.(\d{1,6})$/;

/** Why a header cannot be read as an update history, or null when it can. */
export function checkUpdateColumns(columns: readonly string[]): string | null {
  const have = new Set(columns.map((c) => c.trim().toLowerCase()));
  const missing: string[] = REQUIRED_UPDATE_COLUMNS.filter((c) => !have.has(c));
  if (!have.has('version') && !(have.has('build') && have.has('revision'))) missing.push('build and revision (or version)');
  return missing.length ? `missing column(s): ${missing.join(', ')}; the header has ${columns.map((c) => JSON.stringify(c)).join(', ')}` : null;
}

/** `cells` holds the row by column name; JSON lines may give numbers where CSV gives text. */
export function readUpdateRow(cells: Readonly<Record<string, unknown>>, line: number): Result<Update, RowProblem> {
  // No closures here: this runs once per row of 200,000-row files.
  let build = asText(cells.build);
  let revision = asText(cells.revision);
  const version = cells.version;
  if (version !== undefined && version !== '') {
    const m = typeof version === 'string' ? VERSION.exec(version.trim()) : null;
    if (!m) return problem(line, 'version', `must be build.revision or 10.0.build.revision, got ${show(version)}`);
    if ((build !== undefined && build !== '' && build !== m[1]) || (revision !== undefined && revision !== '' && revision !== m[2]))
      return problem(line, 'version', `${show(version)} contradicts build ${show(build)} and revision ${show(revision)}`);
    build = m[1];
    revision = m[2];
  }
  const textProblem = checkText(cells, 'product') ?? checkText(cells, 'source');
  if (textProblem) return problem(line, textProblem[0], textProblem[1]);
  const converted = updateFromRow({
    kb: typeof cells.kb === 'string' ? cells.kb.trim() : (cells.kb as string),
    build: build as string,
    revision: revision as string,
    date: cells.date as string,
    product: cells.product as string,
    source: cells.source as string,
  });
  if (!converted.ok) return problem(line, converted.error.field, `${converted.error.message}, got ${show(converted.error.input)}`);
  if (converted.value.build < FIRST_WINDOWS_10_BUILD)
    return problem(line, 'build', `must be a Windows 10 / Windows Server 2016 or later build (${FIRST_WINDOWS_10_BUILD}..65535), got ${converted.value.build}`);
  return ok(converted.value);
}

const problem = (line: number, field: string, reason: string) => err({ line, field, reason });
const asText = (v: unknown): unknown => (typeof v === 'number' ? String(v) : v);

function checkText(cells: Readonly<Record<string, unknown>>, field: 'product' | 'source'): [string, string] | null {
  const v = cells[field];
  if (typeof v !== 'string') return [field, `must be text, got ${show(v)}`];
  if (v.length > MAX_TEXT) return [field, `is longer than ${MAX_TEXT} characters`];
  if (CONTROL_CHARACTER.test(v)) return [field, 'contains a control character (a tab, a line break, NUL …)'];
  return null;
}

/** A value as the reason quotes it: short, and visibly a string or not. */
export const show = (v: unknown): string => {
  const s = v === undefined ? 'nothing' : typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v));
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
};
