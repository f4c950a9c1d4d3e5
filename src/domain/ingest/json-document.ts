/**
 * One JSON document (releases, a tag list, a kubectl node list) → its value and the line where
 * each element of its main array starts, so rejected rows can name their line.
 *
 * A structural scan runs before JSON.parse: it tells a truncated file ("ends inside the array
 * opened on line 3") from other syntax errors, whose wording varies between Node versions.
 */
import { err, ok, type Result } from '../result';

export interface JsonDocument {
  readonly value: unknown;
  /** Per array nested exactly `arrayDepth` deep (1 = top level), in text order: each element's start line. */
  readonly itemLines: readonly (readonly number[])[];
}

/**
 * Element lines of the array under `key` of a top-level object (arrayDepth 2), or of the top-level
 * array (arrayDepth 1, no key). JSON.parse keeps text order for non-numeric keys, so the n-th
 * array-valued key is the n-th array scanned.
 */
export function linesOf(doc: JsonDocument, key?: string): readonly number[] {
  if (key === undefined) return doc.itemLines[0] ?? [];
  const v = doc.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [];
  const arrays = Object.entries(v).filter(([, x]) => Array.isArray(x)).map(([k]) => k);
  return doc.itemLines[arrays.indexOf(key)] ?? [];
}

/** The line of element `i`, or the line of the last element known (a safe guess, never 0). */
export const lineAt = (lines: readonly number[], i: number): number => lines[i] ?? lines[lines.length - 1] ?? 1;

export function parseJsonDocument(text: string, arrayDepth: number): Result<JsonDocument, string> {
  const scan = scanJson(text, arrayDepth);
  if (!scan.ok) return scan;
  try {
    return ok({ value: JSON.parse(text), itemLines: scan.value });
  } catch (e) {
    return err(`not valid JSON: ${(e as Error).message}`);
  }
}

function scanJson(text: string, arrayDepth: number): Result<number[][], string> {
  const open: { ch: string; line: number }[] = [];
  const groups: number[][] = [];
  let line = 1;
  let inString = false;
  let stringLine = 0;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const top = open[open.length - 1];
    if (expectItem && c !== 93) groups[groups.length - 1].push(line); // first character of an element
    expectItem = false;
    if (c === 34) (inString = true), (stringLine = line);
    else if (c === 91 || c === 123) {
      open.push({ ch: c === 91 ? ']' : '}', line });
      if (c === 91 && open.length === arrayDepth) (expectItem = true), groups.push([]);
    } else if (c === 93 || c === 125) {
      if (!top || top.ch.charCodeAt(0) !== c) return err(`unexpected "${String.fromCharCode(c)}" on line ${line}`);
      open.pop();
    } else if (c === 44 && top?.ch === ']' && open.length === arrayDepth) expectItem = true;
  }
  if (inString) return err(`the file ends inside a string that starts on line ${stringLine}: it looks truncated`);
  const last = open[open.length - 1];
  if (last)
    return err(`the file ends inside the ${last.ch === ']' ? 'array' : 'object'} opened on line ${last.line}: it looks truncated`);
  return ok(groups);
}
