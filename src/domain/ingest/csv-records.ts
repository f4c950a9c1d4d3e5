/**
 * RFC 4180 CSV, one line at a time, so a file streams: `feed` takes each line (without its line
 * break) and returns a record when one is complete, or null while a quoted field runs on.
 *
 *   record := field ( "," field )*
 *   field  := '"' ( any but '"' | '""' | line break )* '"'  |  any but ',' and '"'
 *
 * Leniencies of spreadsheet exports are kept: text after a closing quote joins the field, and a
 * quote inside an unquoted field is taken literally.
 */
export interface CsvRecord {
  /** The line the record starts on. */
  readonly line: number;
  readonly fields: string[];
}

export class CsvRecordReader {
  private fields: string[] = [];
  private field = '';
  private open = false;
  private startLine = 0;

  constructor(private readonly maxRecordChars = 1 << 20) {}

  /** Whether a quoted field is still open (at the end of the file: the CSV is truncated). */
  get pending(): boolean {
    return this.open;
  }

  get pendingLine(): number {
    return this.startLine;
  }

  /** A record, null while a quoted field continues, or an error message. */
  feed(text: string, line: number): CsvRecord | null | string {
    if (!this.open) {
      this.startLine = line;
      if (!text.includes('"')) return { line, fields: text.split(',') }; // the common case, fast
    } else {
      this.field += '\n';
    }
    let i = 0;
    while (i < text.length) {
      if (this.open) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          this.field += text.slice(i);
          i = text.length;
        } else if (text.charCodeAt(q + 1) === 34) {
          this.field += text.slice(i, q + 1);
          i = q + 2;
        } else {
          this.field += text.slice(i, q);
          this.open = false;
          i = q + 1;
        }
      } else if (text.charCodeAt(i) === 34 && this.field === '') {
        this.open = true;
        i++;
      } else {
        const comma = text.indexOf(',', i);
        const end = comma === -1 ? text.length : comma;
        this.field += text.slice(i, end);
        if (comma !== -1) this.fields.push(this.field), (this.field = '');
        i = end + (comma === -1 ? 0 : 1);
      }
      if (this.field.length > this.maxRecordChars) return `the record starting on line ${this.startLine} is longer than ${this.maxRecordChars} characters (an unclosed quote?)`;
    }
    if (this.open) return null;
    const record = { line: this.startLine, fields: [...this.fields, this.field] };
    this.fields = [];
    this.field = '';
    return record;
  }
}

/** A whole CSV text with a header row → one object per record (blank lines skipped); throws on a malformed file. */
export function csvObjects(text: string): Record<string, string>[] {
  const reader = new CsvRecordReader();
  const records: string[][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!reader.pending && line === '') return;
    const record = reader.feed(line, i + 1);
    if (typeof record === 'string') throw new Error(`line ${i + 1}: ${record}`);
    if (record) records.push(record.fields);
  });
  if (reader.pending) throw new Error(`line ${reader.pendingLine}: a quoted field is never closed`);
  const [header, ...rows] = records;
  return header ? rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) : [];
}
