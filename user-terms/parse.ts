/**
 * Reading an imported file into candidate rows: the format from the file name's extension, else sniffed from the
 * content; then the format's parser. Parsers never throw on bad input: a file that cannot be read at all (not JSON,
 * an unclosed CSV quote, XML that is not well-formed) gives one reason; rows that can be read are returned with
 * their row or entry number for `validateUserTerm` to judge one by one.
 */
import { parseCsvTerms } from './csv';
import { parseJsonTerms } from './json';
import type { Reason } from '../platform/reasons';
import { reason } from '../platform/reasons';
import type { UserTermField } from './schema';
import { parseTbxTerms } from './tbx';

export type ImportFormat = 'json' | 'csv' | 'tbx';

interface CandidateRow {
  /** CSV: the spreadsheet row (the header is row 1). JSON and TBX: the entry's position, from 1. */
  row: number;
  /** Our field names; values as the file has them (strings, lists as arrays or "a | b"), judged by validation. */
  fields: Record<string, unknown>;
}

export type ParsedRows =
  | {
      ok: true;
      rows: CandidateRow[];
      /** How the UI should name a row number: a CSV's rows, a JSON or TBX file's entries. */
      unit: 'row' | 'entry';
      /** The file's own names for our fields, for reasons (a CSV's "English" column). */
      labels: Partial<Record<UserTermField, string>>;
      /** Columns or fields in the file that are not imported (a CSV's "subtype", "sources"). */
      ignored: string[];
    }
  | { ok: false; error: Reason };

type Parser = (text: string) => ParsedRows;

const PARSERS: Record<ImportFormat, Parser> = { json: parseJsonTerms, csv: parseCsvTerms, tbx: parseTbxTerms };

/** A file's format by its extension (.json, .csv/.tsv/.txt, .tbx/.xml), else by its first characters. */
export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'tbx' || ext === 'xml') return 'tbx';
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return 'tbx';
  if (start.length) return 'csv';
  return undefined;
}

export function parseTermsFile(
  text: string,
  fileName = '',
): ({ format: ImportFormat } & ParsedRows) | { ok: false; error: Reason } {
  if (!text.replace(/^\ufeff/, '').trim()) return { ok: false, error: reason('importEmpty') };
  const format = detectFormat(text, fileName);
  if (!format) return { ok: false, error: reason('importUnknownFormat') };
  // A .tsv file is tab-separated whatever its first line suggests.
  const parsed = format === 'csv' && /\.tsv$/i.test(fileName) ? parseCsvTerms(text, '\t') : PARSERS[format](text);
  return parsed.ok ? { format, ...parsed } : parsed;
}
