/**
 * The user's terms as JSON, CSV or TBX-Basic, in the same shapes as the bundled glossary's export
 * (formats/: the same CSV quoting and formula guard, the same TBX sections), so a CAT-tool user
 * meets one format whichever they export. Every format reads back through `previewImport` to the same terms,
 * field for field (tests/unit/user-terms-roundtrip.test.ts).
 */
import { csvDocument, joinList as join, roundTripField } from '../formats/csv';
import type { ExportFormat } from '../formats/glossary-export';
import {
  TBX_ID_PREFIX,
  TBX_NOTE_LABELS,
  englishTbxTerms,
  langSec,
  simplifiedTbxTerms,
  tbxDocument,
  tbxPartOfSpeech,
  xmlEscape,
} from '../formats/tbx';
import type { UserTerm } from './schema';

/** Columns in our bundled export's order and names, so that the two files line up in a spreadsheet. */
const USER_CSV_COLUMNS: Array<[string, (t: UserTerm) => string]> = [
  ['id', (t) => t.id],
  ['type', (t) => t.type],
  ['status', (t) => t.status],
  ['en', (t) => t.en],
  ['en_alt', (t) => join(t.enAlt)],
  ['acronyms', (t) => join(t.acronyms)],
  ['zh', (t) => t.zh],
  ['zh_trad', (t) => t.zhTrad ?? ''],
  ['zh_alt', (t) => join(t.zhAlt)],
  ['pinyin', (t) => t.pinyin ?? ''],
  ['gloss', (t) => t.gloss],
  ['definition', (t) => t.definition ?? ''],
  ['notes', (t) => t.notes ?? ''],
];

export function exportUserTerms(terms: readonly UserTerm[], format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(terms, null, 2)}\n`;
    case 'csv':
      return toCsv(terms);
    case 'tbx':
      return toTbx(terms);
  }
}

function toCsv(terms: readonly UserTerm[]): string {
  return csvDocument(
    [USER_CSV_COLUMNS.map(([name]) => name), ...terms.map((t) => USER_CSV_COLUMNS.map(([, get]) => get(t)))],
    roundTripField,
  );
}

function toTbx(terms: readonly UserTerm[]): string {
  const body = terms.map((t) => {
    const pos = tbxPartOfSpeech(t.type);
    const notes = [
      `${TBX_NOTE_LABELS.status}${t.status}`,
      ...(t.gloss ? [`${TBX_NOTE_LABELS.gloss}${t.gloss}`] : []),
      ...(t.notes ? [`${TBX_NOTE_LABELS.notes}${t.notes}`] : []),
    ];
    return [
      // The id is an xml:id-style NCName either way; the prefix marks it as ours for the import.
      `    <conceptEntry id="${TBX_ID_PREFIX}${xmlEscape(t.id)}">`,
      `      <descrip type="subjectField">${t.type}</descrip>`,
      ...notes.map((n) => `      <note>${xmlEscape(n)}</note>`),
      langSec('en', englishTbxTerms(t), pos, t.definition),
      langSec('zh-Hans', simplifiedTbxTerms(t), pos),
      ...(t.zhTrad
        ? [langSec('zh-Hant', [{ term: t.zhTrad, termType: 'fullForm', status: 'preferredTerm-admn-sts' }], pos)]
        : []),
      ...(t.pinyin ? [langSec('zh-Latn-pinyin', [{ term: t.pinyin, termType: 'fullForm' }], pos)] : []),
      '    </conceptEntry>',
    ].join('\n');
  });
  return tbxDocument('China Policy Lens: my terms', 'Terms added by the user of China Policy Lens.', body);
}
