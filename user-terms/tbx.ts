/**
 * TBX import: TBX-Basic as our exports write it (ISO 30042:2019 DCA: conceptEntry > langSec > termSec > term), and
 * the older TBX that CAT tools such as Trados and memoQ write (martif: termEntry > langSet > tig/ntig > term).
 *
 * Languages: en, en-US, en-GB… give the English names; zh, zh-CN, zh-Hans, zh-SG the simplified; zh-TW, zh-Hant,
 * zh-HK, zh-MO the traditional; zh-Latn(-pinyin) the pinyin. In each language the first full form is the name and
 * the rest are other names; terms whose termType is acronym or abbreviation are acronyms. The definition is the
 * first `descrip type="definition"`. TBX-Basic has no place for our gloss, status and notes, so our export writes
 * them as entry notes labelled "Gloss: ", "Status: " and "Notes: ", read back here; any other note (a CAT
 * user's own) is kept in `notes`. An entry id is kept only when it is ours ("cpl-…"): a CAT tool's ids ("1", "c5")
 * would make two termbases' entries replace each other, so those terms get ids from their English names.
 */
import { ENTRY_TYPES } from '../glossary/schema';
import type { ParsedRows } from './parse';
import { reason } from '../platform/reasons';
import { TBX_ID_PREFIX, TBX_NOTE_LABELS } from '../formats/tbx';
import { readXml, childrenNamed, descendantsNamed, textOf, type XmlElement } from '../formats/xml';

type Script = 'en' | 'hans' | 'hant' | 'pinyin';

function scriptOf(lang: string): Script | undefined {
  const l = lang.toLowerCase();
  if (l === 'en' || l.startsWith('en-')) return 'en';
  if (l.startsWith('zh-latn') || l.endsWith('-pinyin')) return 'pinyin';
  if (/^zh-(hant|tw|hk|mo)\b/.test(l)) return 'hant';
  if (l === 'zh' || l.startsWith('zh-')) return 'hans';
  return undefined;
}

interface Term {
  text: string;
  termType: string;
}

/** The terms of a language section, each with its termType from its termSec, tig or termGrp. */
function termsOf(section: XmlElement): Term[] {
  const out: Term[] = [];
  const walk = (el: XmlElement) => {
    const terms = childrenNamed(el, 'term');
    const typeNote = childrenNamed(el, 'termnote').find((n) => n.attrs.type?.toLowerCase() === 'termtype');
    for (const term of terms)
      out.push({ text: textOf(term), termType: typeNote ? textOf(typeNote).trim().toLowerCase() : '' });
    for (const c of el.children) if (typeof c !== 'string' && c.name !== 'term') walk(c);
  };
  walk(section);
  return out.filter((t) => t.text.trim());
}

const isAcronym = (t: Term) => t.termType === 'acronym' || t.termType === 'abbreviation';
const definitionIn = (el: XmlElement) =>
  descendantsNamed(el, 'descrip').find((d) => d.attrs.type?.toLowerCase() === 'definition');

function entryFields(entry: XmlElement, ignoredLangs: Set<string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const id = entry.attrs.id ?? entry.attrs['xml:id'];
  if (id?.startsWith(TBX_ID_PREFIX)) fields.id = id.slice(TBX_ID_PREFIX.length);

  const subject = childrenNamed(entry, 'descrip').find((d) => d.attrs.type?.toLowerCase() === 'subjectfield');
  const type = subject && textOf(subject).split('/')[0].trim().toLowerCase();
  if (type && (ENTRY_TYPES as readonly string[]).includes(type)) fields.type = type;

  const notes: string[] = [];
  for (const note of childrenNamed(entry, 'note')) {
    const text = textOf(note);
    if (text.startsWith(TBX_NOTE_LABELS.gloss)) fields.gloss = text.slice(TBX_NOTE_LABELS.gloss.length);
    else if (text.startsWith(TBX_NOTE_LABELS.status)) fields.status = text.slice(TBX_NOTE_LABELS.status.length);
    else if (text.startsWith(TBX_NOTE_LABELS.notes)) notes.push(text.slice(TBX_NOTE_LABELS.notes.length));
    else if (text.trim()) notes.push(text);
  }

  const byScript: Record<Script, Term[]> = { en: [], hans: [], hant: [], pinyin: [] };
  let definition: XmlElement | undefined;
  for (const section of [...childrenNamed(entry, 'langsec'), ...childrenNamed(entry, 'langset')]) {
    const lang = section.attrs['xml:lang'] ?? section.attrs.lang ?? '';
    const script = scriptOf(lang);
    if (!script) {
      ignoredLangs.add(lang);
      continue;
    }
    byScript[script].push(...termsOf(section));
    if (script === 'en') definition ??= definitionIn(section);
    for (const note of childrenNamed(section, 'note')) if (textOf(note).trim()) notes.push(textOf(note));
  }
  // Some tools keep the definition at entry level, or only in the Chinese section.
  definition ??= definitionIn(entry);
  if (definition) fields.definition = textOf(definition);
  if (notes.length) fields.notes = notes.join('\n');

  const names = byScript.en.filter((t) => !isAcronym(t));
  const acronyms = byScript.en.filter(isAcronym);
  const en = names[0] ?? acronyms[0];
  if (en) fields.en = en.text;
  if (names.length > 1) fields.enAlt = names.slice(1).map((t) => t.text);
  if (acronyms.length) fields.acronyms = acronyms.map((t) => t.text);

  // Without simplified names, the traditional one is the name (a Taiwan termbase).
  const [zh, ...zhRest] = byScript.hans.length ? byScript.hans : byScript.hant;
  const [zhTrad, ...tradRest] = byScript.hans.length ? byScript.hant : [];
  if (zh) fields.zh = zh.text;
  if (zhTrad) fields.zhTrad = zhTrad.text;
  const zhAlt = [...zhRest, ...tradRest].map((t) => t.text);
  if (zhAlt.length) fields.zhAlt = zhAlt;
  if (byScript.pinyin[0]) fields.pinyin = byScript.pinyin[0].text;
  return fields;
}

export function parseTbxTerms(text: string): ParsedRows {
  const xml = readXml(text);
  if (!xml.ok) return xml;
  const entries: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'conceptentry' || c.name === 'termentry') entries.push(c);
      else walk(c);
    }
  };
  walk(xml.root);
  if (!entries.length) return { ok: false, error: reason('importTbxNoEntries') };
  const ignoredLangs = new Set<string>();
  const rows = entries.map((entry, i) => ({ row: i + 1, fields: entryFields(entry, ignoredLangs) }));
  return { ok: true, rows, unit: 'entry', labels: {}, ignored: [...ignoredLangs].map((l) => `xml:lang="${l}"`) };
}
