/**
 * The terms found on a page as a list for a report's glossary: CSV (spreadsheets) or a Markdown table. Pure:
 * entries and counts in, text out. Glossary text is written as data: CSV fields are quoted and protected against
 * formula injection, Markdown cells have their pipes, backslashes and line breaks escaped.
 */
import { csvDocument } from '../formats/csv';
import type { EntryType } from '../glossary/schema';

export interface TermCount {
  entry: {
    id: string;
    type: EntryType;
    en: string;
    zh: string;
    zhTrad?: string;
    pinyin?: string;
    acronyms?: readonly string[];
  };
  count: number;
  /** A title the glossary does not hold, marked as a kind of document (the entry): listed under its own name. */
  title?: string;
}

export type TermListFormat = 'csv' | 'markdown';

export interface TermListLabels {
  english: string;
  chinese: string;
  pinyin: string;
  type: string;
  count: string;
  typeLabel: (type: EntryType) => string;
}

const rowOf = (t: TermCount, labels: TermListLabels) => [
  t.entry.acronyms?.length ? `${t.entry.en} (${t.entry.acronyms.join(', ')})` : t.entry.en,
  t.title === undefined ? t.entry.zh : `《${t.title}》`,
  t.title === undefined ? (t.entry.pinyin ?? '') : '',
  labels.typeLabel(t.entry.type),
  String(t.count),
];

const mdCell = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

export function termList(terms: readonly TermCount[], format: TermListFormat, labels: TermListLabels): string {
  const head = [labels.english, labels.chinese, labels.pinyin, labels.type, labels.count];
  const rows = terms.map((t) => rowOf(t, labels));
  if (format === 'csv') return csvDocument([head, ...rows]);
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return (
    [
      line(head),
      `|${head.map((_, i) => (i === head.length - 1 ? ' ---: ' : ' --- ')).join('|')}|`,
      ...rows.map(line),
    ].join('\n') + '\n'
  );
}
