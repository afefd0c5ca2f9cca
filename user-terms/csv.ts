/**
 * The user's terms from CSV (formats/csv.ts reads the records). The header row names the columns: our export's names (`en, en_alt, acronyms, zh, zh_trad, zh_alt, pinyin, type,
 * status, gloss, definition, notes, id`), in any case, or common aliases ("English", "Chinese", "Traditional").
 * The delimiter is the comma, or the semicolon or tab when the header uses one of them instead (spreadsheets in
 * some locales write semicolons). Lists are split on "|" as our export joins them with " | ".
 */
import type { ParsedRows } from './parse';
import { FORMULA_GUARDED, readCsv } from '../formats/csv';
import { reason } from '../platform/reasons';
import type { UserTermField } from './schema';

/** Header names (lower-cased, spaces and hyphens as "_") for each field; the first listed is ours. */
const COLUMN_NAMES: Record<UserTermField, string[]> = {
  id: ['id'],
  type: ['type'],
  en: ['en', 'english', 'english_name', 'name_en', 'term_en', 'en_us', 'en_gb'],
  enAlt: ['en_alt', 'english_alt', 'english_alternatives', 'other_english', 'synonyms'],
  acronyms: ['acronyms', 'acronym', 'abbreviation', 'abbreviations', 'abbr'],
  zh: [
    'zh',
    'chinese',
    'chinese_name',
    'name_zh',
    'term_zh',
    'zh_cn',
    'zh_hans',
    'simplified',
    'simplified_chinese',
    '中文',
    '简体',
    '简体中文',
  ],
  zhTrad: ['zh_trad', 'traditional', 'traditional_chinese', 'zh_hant', '繁体', '繁體', '繁體中文'],
  zhAlt: ['zh_alt', 'chinese_alt', 'other_chinese'],
  pinyin: ['pinyin', '拼音'],
  status: ['status'],
  gloss: ['gloss'],
  definition: ['definition', 'description', '定义', '定義'],
  notes: ['notes', 'note', 'comment', 'comments'],
};
const FIELD_OF = new Map(
  Object.entries(COLUMN_NAMES).flatMap(([field, names]) => names.map((n) => [n, field as UserTermField])),
);

/** The delimiter the header line uses most among comma, semicolon and tab (comma when none). */
function sniffDelimiter(text: string): string {
  const header = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/, 1)[0]
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function parseCsvTerms(text: string, delimiter = sniffDelimiter(text)): ParsedRows {
  const read = readCsv(text, delimiter);
  if (!read.ok) return read;
  const [header, ...body] = read.records;
  const columns = (header ?? []).map((h) => FIELD_OF.get(headerKey(h)));
  // The first column naming a field wins; a second one for the same field is ignored.
  const taken = new Set<UserTermField>();
  const labels: Partial<Record<UserTermField, string>> = {};
  const ignored: string[] = [];
  columns.forEach((field, c) => {
    if (field && !taken.has(field)) {
      taken.add(field);
      labels[field] = header[c].trim();
    } else {
      columns[c] = undefined;
      if (header[c].trim()) ignored.push(header[c].trim());
    }
  });
  if (!taken.has('en') || !taken.has('zh')) return { ok: false, error: reason('importCsvNoColumns') };
  const rows = body.flatMap((cells, r) => {
    if (cells.every((c) => c.trim() === '')) return []; // blank lines between blocks of rows
    const fields: Record<string, unknown> = {};
    columns.forEach((field, c) => {
      const cell = cells[c];
      if (field && cell !== undefined) fields[field] = FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell;
    });
    return [{ row: r + 2, fields }];
  });
  return { ok: true, rows, unit: 'row', labels, ignored };
}
