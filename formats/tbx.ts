/**
 * Writing TBX-Basic (ISO 30042:2019, DCA style), the termbase exchange format CAT tools such as Trados and memoQ
 * import: the sections both the glossary's export and the user's terms' export are made of.
 */

/** Our concept ids carry this prefix: xml:id values must be NCNames, and the import keeps only ids that are ours. */
export const TBX_ID_PREFIX = 'cpl-';
/** TBX-Basic has no place for a gloss, a status or notes: they go in entry notes with these labels. */
export const TBX_NOTE_LABELS = { gloss: 'Gloss: ', status: 'Status: ', notes: 'Notes: ' } as const;

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type TbxStatus =
  'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'supersededTerm-admn-sts' | 'deprecatedTerm-admn-sts';

export interface TbxTerm {
  term: string;
  termType?: 'fullForm' | 'acronym' | 'shortForm' | 'variant';
  status?: TbxStatus;
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
export function langSec(
  lang: string,
  terms: TbxTerm[],
  partOfSpeech: string,
  definition?: string,
  source?: string,
): string {
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
export function englishTbxTerms(e: {
  en: string;
  acronyms?: readonly string[];
  enAlt?: readonly string[];
  enUsage?: Readonly<Record<string, string>>;
}): TbxTerm[] {
  const status = (term: string, otherwise: TbxStatus) => USAGE_STATUS[e.enUsage?.[term] ?? ''] ?? otherwise;
  return [
    { term: e.en, termType: 'fullForm', status: status(e.en, 'preferredTerm-admn-sts') },
    ...(e.acronyms ?? []).map((term): TbxTerm => ({ term, termType: 'acronym', status: 'admittedTerm-admn-sts' })),
    ...(e.enAlt ?? []).map((term): TbxTerm => ({
      term,
      termType: 'variant',
      status: status(term, 'admittedTerm-admn-sts'),
    })),
  ];
}

/**
 * What a translator's tool should make of an English name, from the glossary's `enUsage`: the official rendering is
 * preferred, a standard or informal one admitted, an outdated one superseded, a mistranslation deprecated.
 */
const USAGE_STATUS: Record<string, TbxStatus> = {
  official: 'preferredTerm-admn-sts',
  standard: 'admittedTerm-admn-sts',
  informal: 'admittedTerm-admn-sts',
  outdated: 'supersededTerm-admn-sts',
  mistranslation: 'deprecatedTerm-admn-sts',
};

/** The simplified-Chinese terms of an entry: the name and its short forms. */
export function simplifiedTbxTerms(e: { zh: string; zhAlt?: readonly string[] }): TbxTerm[] {
  return [
    { term: e.zh, termType: 'fullForm', status: 'preferredTerm-admn-sts' },
    ...(e.zhAlt ?? []).map((term): TbxTerm => ({ term, termType: 'shortForm', status: 'admittedTerm-admn-sts' })),
  ];
}

/** Bodies and titles are proper nouns; policy terms are common nouns ("cyber sovereignty"). */
export const tbxPartOfSpeech = (type: string) => (type === 'policy' ? 'noun' : 'properNoun');

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
