/**
 * The glossary in exchange formats: JSON (every field), CSV (one row an entry, for spreadsheets) and TBX
 * (ISO 30042:2019, TBX-Basic dialect, DCA style), the termbase exchange format that CAT tools such as Trados and
 * memoQ import. Pure: entries in, text out.
 */
import type { CompiledEntry } from '../matching/model';
import { LIST_SEPARATOR, csvDocument, joinList } from './csv';
import {
  TBX_ID_PREFIX,
  englishTbxTerms,
  langSec,
  simplifiedTbxTerms,
  tbxDocument,
  tbxPartOfSpeech,
  xmlEscape,
  type TbxTerm,
} from './tbx';

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

export const CSV_COLUMNS: Array<[string, (e: CompiledEntry) => string]> = [
  ['id', (e) => e.id],
  ['type', (e) => e.type],
  ['subtype', (e) => e.subtype ?? ''],
  ['status', (e) => e.status],
  ['en', (e) => e.en],
  ['en_alt', (e) => joinList(e.enAlt)],
  ['en_usage', (e) => joinList(Object.entries(e.enUsage ?? {}).map(([name, usage]) => `${name}: ${usage}`))],
  ['acronyms', (e) => joinList(e.acronyms)],
  ['zh', (e) => e.zh],
  ['zh_trad', (e) => e.zhTrad],
  ['zh_alt', (e) => joinList(e.zhAlt)],
  ['zh_tw', (e) => joinList(e.zhTw)],
  ['zh_hk', (e) => joinList(e.zhHk)],
  ['pinyin', (e) => e.pinyin ?? ''],
  ['pinyin_alt', (e) => joinList(e.pinyinAlt)],
  ['established', (e) => e.dates?.established ?? ''],
  ['renamed', (e) => e.dates?.renamed ?? ''],
  ['abolished', (e) => e.dates?.abolished ?? ''],
  ['promulgated', (e) => e.dates?.promulgated ?? ''],
  ['effective', (e) => e.dates?.effective ?? ''],
  ['amended', (e) => joinList(e.dates?.amended)],
  ['superseded', (e) => e.dates?.superseded ?? ''],
  ['adopted', (e) => e.dates?.adopted ?? ''],
  ['revised', (e) => joinList(e.dates?.revised)],
  ['repealed', (e) => e.dates?.repealed ?? ''],
  ['opened', (e) => e.dates?.opened ?? ''],
  ['closed', (e) => e.dates?.closed ?? ''],
  ['doc_number', (e) => e.docNumber ?? ''],
  ['defined_in', (e) => (e.definedIn ? `${e.definedIn.law} ${e.definedIn.article}` : '')],
  ['legal_definition_zh', (e) => e.legalDefinitionZh ?? ''],
  ['parent', (e) => e.relations?.parent ?? ''],
  ['predecessors', (e) => joinList(e.relations?.predecessors)],
  ['successors', (e) => joinList(e.relations?.successors)],
  ['enforced_by', (e) => joinList(e.relations?.enforcedBy)],
  ['related', (e) => joinList(e.relations?.related)],
  ['gloss', (e) => e.gloss],
  ['definition', (e) => e.definition],
  ['sources', (e) => e.sources.map(citation).join(LIST_SEPARATOR)],
];

function citation(s: CompiledEntry['sources'][number]): string {
  return [s.author, s.title, s.publisher, s.year, s.url].filter((x) => x !== undefined && x !== '').join(', ');
}

/** RFC 4180 field; a leading =, +, @ is quoted with an apostrophe so spreadsheets do not run it as a formula. */
function toCsv(entries: readonly CompiledEntry[]): string {
  return csvDocument([CSV_COLUMNS.map(([name]) => name), ...entries.map((e) => CSV_COLUMNS.map(([, get]) => get(e)))]);
}

function toTbx(entries: readonly CompiledEntry[]): string {
  const body = entries.map((e) => {
    const en = englishTbxTerms(e);
    const hans = simplifiedTbxTerms(e);
    const hant: TbxTerm[] = [
      { term: e.zhTrad, termType: 'fullForm', status: 'preferredTerm-admn-sts' },
      ...(e.zhTw ?? []).map((term): TbxTerm => ({
        term,
        termType: 'variant',
        status: 'admittedTerm-admn-sts',
        geo: 'TW',
      })),
      ...(e.zhHk ?? []).map((term): TbxTerm => ({
        term,
        termType: 'variant',
        status: 'admittedTerm-admn-sts',
        geo: 'HK',
      })),
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
      `    <conceptEntry id="${TBX_ID_PREFIX}${xmlEscape(e.id)}">`,
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
