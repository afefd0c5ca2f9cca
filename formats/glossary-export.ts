/**
 * The glossary in exchange formats: JSON (every field), CSV (one row an entry, for spreadsheets) and TBX
 * (ISO 30042:2019, TBX-Basic dialect, DCA style), the termbase exchange format that CAT tools such as Trados and
 * memoQ import. Pure: entries in, text out.
 */
import type { CompiledEntry } from '../matching/model';

export const EXPORT_FORMATS = ['json', 'csv', 'tbx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportGlossary(entries: readonly CompiledEntry[], format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'csv':
      return toCsv(entries);
    case 'tbx':
      return toTbx(entries);
  }
}

const LIST_SEPARATOR = ' | ';
const join = (values: readonly string[] | undefined) => (values ?? []).join(LIST_SEPARATOR);

export const CSV_COLUMNS: Array<[string, (e: CompiledEntry) => string]> = [
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['subtype', (e) => e.subtype ?? ''],
  ['status', (e) => e.status],
  ['en', (e) => e.en],
  ['en_alt', (e) => join(e.enAlt)],
  ['acronyms', (e) => join(e.acronyms)],
  ['zh', (e) => e.zh],
  ['zh_trad', (e) => e.zhTrad],
  ['zh_alt', (e) => join(e.zhAlt)],
  ['zh_tw', (e) => join(e.zhTw)],
  ['zh_hk', (e) => join(e.zhHk)],
  ['pinyin', (e) => e.pinyin ?? ''],
  ['pinyin_alt', (e) => join(e.pinyinAlt)],
  ['established', (e) => e.dates?.established ?? ''],
  ['renamed', (e) => e.dates?.renamed ?? ''],
  ['abolished', (e) => e.dates?.abolished ?? ''],
  ['promulgated', (e) => e.dates?.promulgated ?? ''],
  ['effective', (e) => e.dates?.effective ?? ''],
  ['amended', (e) => join(e.dates?.amended)],
  ['superseded', (e) => e.dates?.superseded ?? ''],
  ['parent', (e) => e.relations?.parent ?? ''],
  ['predecessors', (e) => join(e.relations?.predecessors)],
  ['successors', (e) => join(e.relations?.successors)],
  ['enforced_by', (e) => join(e.relations?.enforcedBy)],
  ['related', (e) => join(e.relations?.related)],
  ['gloss', (e) => e.gloss],
  ['definition', (e) => e.definition],
  ['sources', (e) => e.sources.map(citation).join(LIST_SEPARATOR)],
];

export function citation(s: CompiledEntry['sources'][number]): string {
  return [s.author, s.title, s.publisher, s.year, s.url].filter((x) => x !== undefined && x !== '').join(', ');
}

/** RFC 4180 field; a leading =, +, @ is quoted with an apostrophe so spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(entries: readonly CompiledEntry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => name), ...entries.map((e) => CSV_COLUMNS.map(([, get]) => get(e)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TbxTerm {
  term: string;
  termType?: 'fullForm' | 'acronym' | 'shortForm' | 'variant';
  status?: 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';
  geo?: string;
}

function termSec(t: TbxTerm, indent: string, partOfSpeech: string): string {
  const lines = [`${indent}<termSec>`, `${indent}  <term>${xmlEscape(t.term)}</term>`];
  lines.push(`${indent}  <termNote type="partOfSpeech">${partOfSpeech}</termNote>`);
  if (t.termType) lines.push(`${indent}  <termNote type="termType">${t.termType}</termNote>`);
  if (t.status) lines.push(`${indent}  <termNote type="administrativeStatus">${t.status}</termNote>`);
  if (t.geo) lines.push(`${indent}  <termNote type="geographicalUsage">${t.geo}</termNote>`);
  lines.push(`${indent}</termSec>`);
  return lines.join('\n');
}

/** One language section of a concept entry (the user-terms export writes the same shape). */
export function langSec(lang: string, terms: TbxTerm[], partOfSpeech: string, definition?: string, source?: string): string {
  const seen = new Set<string>();
  const unique = terms.filter((t) => !seen.has(t.term) && seen.add(t.term));
  const parts = [`      <langSec xml:lang="${lang}">`];
  if (definition) {
    parts.push('        <descripGrp>');
    parts.push(`          <descrip type="definition">${xmlEscape(definition)}</descrip>`);
    if (source) parts.push(`          <admin type="source">${xmlEscape(source)}</admin>`);
    parts.push('        </descripGrp>');
  }
  parts.push(...unique.map((t) => termSec(t, '        ', partOfSpeech)), '      </langSec>');
  return parts.join('\n');
}

/** The English terms of an entry (bundled or the user's): the name, its acronyms, other names. */
export function englishTbxTerms(e: { en: string; acronyms?: readonly string[]; enAlt?: readonly string[] }): TbxTerm[] {
  return [
    { term: e.en, termType: 'fullForm', status: 'preferredTerm-admn-sts' },
    ...(e.acronyms ?? []).map((term): TbxTerm => ({ term, termType: 'acronym', status: 'admittedTerm-admn-sts' })),
    ...(e.enAlt ?? []).map((term): TbxTerm => ({ term, termType: 'variant', status: 'admittedTerm-admn-sts' })),
  ];
}

/** The simplified-Chinese terms of an entry: the name and its short forms. */
export function simplifiedTbxTerms(e: { zh: string; zhAlt?: readonly string[] }): TbxTerm[] {
  return [
    { term: e.zh, termType: 'fullForm', status: 'preferredTerm-admn-sts' },
    ...(e.zhAlt ?? []).map((term): TbxTerm => ({ term, termType: 'shortForm', status: 'admittedTerm-admn-sts' })),
  ];
}

/** Bodies and titles are proper nouns; policy terms are common nouns ("cyber sovereignty"). */
export const tbxPartOfSpeech = (type: string) => (type === 'policy' ? 'noun' : 'properNoun');

function toTbx(entries: readonly CompiledEntry[]): string {
  const body = entries.map((e) => {
    const en = englishTbxTerms(e);
    const hans = simplifiedTbxTerms(e);
    const hant: TbxTerm[] = [
      { term: e.zhTrad, termType: 'fullForm', status: 'preferredTerm-admn-sts' },
      ...(e.zhTw ?? []).map((term): TbxTerm => ({ term, termType: 'variant', status: 'admittedTerm-admn-sts', geo: 'TW' })),
      ...(e.zhHk ?? []).map((term): TbxTerm => ({ term, termType: 'variant', status: 'admittedTerm-admn-sts', geo: 'HK' })),
    ];
    const pinyin: TbxTerm[] = [e.pinyin, ...(e.pinyinAlt ?? [])]
      .filter((p): p is string => !!p)
      .map((term, i) => ({ term, termType: i ? 'shortForm' : 'fullForm' }));
    const pos = tbxPartOfSpeech(e.type);
    const sections = [
      langSec('en', en, pos, e.definition, e.sources.map(citation).join('; ')),
      langSec('zh-Hans', hans, pos),
      langSec('zh-Hant', hant, pos),
      ...(pinyin.length ? [langSec('zh-Latn-pinyin', pinyin, pos)] : []),
    ];
    return [
      // xml:id values must be NCNames (no leading digit: "19th-party-congress-report"), hence the prefix.
      `    <conceptEntry id="cpl-${xmlEscape(e.id)}">`,
      `      <descrip type="subjectField">${xmlEscape([e.type, e.subtype].filter(Boolean).join(' / '))}</descrip>`,
      ...sections,
      '    </conceptEntry>',
    ].join('\n');
  });
  return tbxDocument(
    'China Policy Lens glossary',
    'Chinese agencies, laws and policy terms, with English and Chinese names, pinyin and definitions.',
    body,
  );
}

/** A TBX-Basic (DCA) document around concept entries: the header a CAT tool reads and the body. */
export function tbxDocument(title: string, description: string, body: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${xmlEscape(title)}</title></titleStmt>`,
    `      <sourceDesc><p>${xmlEscape(description)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...body,
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}
