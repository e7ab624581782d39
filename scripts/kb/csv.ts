/**
 * A strict CSV reader (RFC 4180 quoting, quoted fields may hold commas, quotes and line
 * breaks). Strict because a silently shifted column would put a birth date in a party field:
 * every row must have the header's column count, or the build stops at that line.
 */
import { SourceError } from './errors.js';

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  get(column: string): string;
}

export function parseCsv(text: string, file: string): { header: string[]; rows: CsvRow[] } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quotedField = false;
  const n = text.length;
  const endField = () => {
    fields.push(field);
    field = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '' && !quotedField)) records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new SourceError(file, line, 'a quote inside an unquoted field');
      inQuotes = true;
      quotedField = true;
    } else if (ch === ',') endField();
    else if (ch === '\r') continue;
    else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (inQuotes) throw new SourceError(file, recordLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) endRecord();
  const head = records.shift();
  if (!head) throw new SourceError(file, 1, 'the file is empty (no header line)');
  const header = head.fields.map((h) => h.trim());
  const index = new Map(header.map((h, i) => [h, i]));
  const rows = records.map(({ line: at, fields: values }): CsvRow => {
    if (values.length !== header.length) {
      throw new SourceError(file, at, `expected ${header.length} columns, found ${values.length}`);
    }
    return {
      line: at,
      get(column: string): string {
        const i = index.get(column);
        if (i === undefined) throw new SourceError(file, 1, `missing column "${column}" in the header`);
        return (values[i] ?? '').trim();
      },
    };
  });
  return { header, rows };
}

/** Throws unless every named column is in the header. */
export function requireColumns(header: readonly string[], columns: readonly string[], file: string): void {
  for (const c of columns) {
    if (!header.includes(c)) throw new SourceError(file, 1, `missing column "${c}" in the header`);
  }
}
