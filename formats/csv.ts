/**
 * CSV, RFC 4180, both ways: quoted fields, line breaks inside them, "" for a quote, CRLF or LF line ends, an optional
 * UTF-8 byte order mark. The reader is hand-written rather than papaparse because a termbase import must refuse a file
 * with broken quoting (papaparse recovers and guesses, which silently shifts columns) and name the row.
 */
import { reason, type Reason } from '../platform/reasons';

/** How lists (other names, relations) are joined in one cell; the import splits on "|". */
export const LIST_SEPARATOR = ' | ';
export const joinList = (values: readonly string[] | undefined) => (values ?? []).join(LIST_SEPARATOR);

/** RFC 4180 field; a leading =, +, @ is quoted with an apostrophe so spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * `csvField` for a value that reads back: one more apostrophe before a value that already starts with apostrophes
 * and then =, +, @, since the import removes one (FORMULA_GUARDED), so "'=x" comes back as "'=x", not "=x".
 */
export function roundTripField(value: string): string {
  return csvField(FORMULA_GUARDED.test(value) ? `'${value}` : value);
}

/** Rows as a CSV document, CRLF line ends as RFC 4180 has them. */
export function csvDocument(rows: readonly (readonly string[])[], field: (value: string) => string = csvField): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * A leading apostrophe that our export (`csvField`) put before =, +, @, tab or CR so that spreadsheets do not run
 * the cell as a formula. The export adds one more apostrophe to a value that already starts with apostrophes
 * before such a character, so removing exactly one here gives back what was exported.
 */
export const FORMULA_GUARDED = /^'+[=+@\t\r]/;

export type CsvRecords = { ok: true; records: string[][] } | { ok: false; error: Reason };

/** Splits CSV text into records of fields; refuses an unclosed quote or a quote inside an unquoted field. */
export function readCsv(input: string, delimiter = ','): CsvRecords {
  const text = input.replace(/^\ufeff/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  const row = () => records.length + 1;
  while (i < n || record.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { ok: false, error: reason('importCsvUnclosedQuote', row()) };
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r')
        return { ok: false, error: reason('importCsvStrayQuote', row()) };
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      if (field.includes('"')) return { ok: false, error: reason('importCsvStrayQuote', row()) };
      i = j;
    }
    record.push(field);
    if (i < n && text[i] === delimiter) {
      i++;
      if (i === n) record.push('');
      else continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  return { ok: true, records };
}
