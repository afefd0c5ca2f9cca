/**
 * Build-time compiler: validated entries in, the compiled glossary out. Derives traditional-character forms with
 * OpenCC (Taiwan and Hong Kong vocabulary too); the rest of the surface rules are matching/surfaces.ts's, shared
 * with the user's terms. Runs in Node at build and test time, never in the browser.
 */
import * as OpenCC from 'opencc-js';
import { SurfaceKind, type CompiledEntry, type CompiledGlossary, type MatchSurface } from '../../matching/model';
import { CHINA_WORDS, FOREIGN_WORDS } from '../../matching/context-words';
import { SurfaceTable, namesAfterParent, surfacesOf } from '../../matching/surfaces';
import type { Entry } from '../schema';

/** How a title closes after its kind word: at once, or after the note of a trial or draft version. */
const TITLE_ENDS = ['》', '（试行）》', '（暂行）》', '（草案）》', '（征求意见稿）》'];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The Chinese forms OpenCC derives from a simplified name. */
const openccForms = (zh: string) => [toTraditional(zh), toTaiwan(zh), toHongKong(zh)];

/** How a body's name says it is the national one: 国家卫健委, 中央网信办, 国务院…, 全国人大, 中华人民共和国… */
const NATIONAL = /^(国家|國家|中央|国务院|國務院|全国|全國|中华|中華|中国|中國|中共)/;

export function compileGlossary(entries: readonly Entry[]): CompiledGlossary {
  const compiledEntries: CompiledEntry[] = entries.map((e) => ({ ...e, zhTrad: e.zhTrad ?? toTraditional(e.zh) }));
  const table = new SurfaceTable();
  // Surfaces some entry marks everywhere: a name that is law-only for one entry and plain for another stays plain.
  const plain = new Set<MatchSurface>();
  const lawOnly = new Set<MatchSurface>();
  // Each entry's Chinese names that are not ambiguous, in every form: what a part's name may follow (below).
  const chineseNames = compiledEntries.map((entry, index) => {
    const ambiguous = new Set(entry.ambiguous ?? []);
    const names: string[] = [];
    for (const { text, kind, from, lawText } of surfacesOf(entry, openccForms)) {
      const surface = table.add(kind, text, index);
      if (surface) (lawText ? lawOnly : plain).add(surface);
      // Derived forms share their source's ambiguity: 系統 is as ambiguous as 系统.
      const isAmbiguous = ambiguous.has(text) || ambiguous.has(from);
      if (surface && isAmbiguous) surface.ambiguous = true;
      if (kind === SurfaceKind.Chinese && !isAmbiguous && !lawText) names.push(text);
      // A law's or document's name: inside 《》 it names the law only as the whole title.
      if (surface && kind === SurfaceKind.Chinese && entry.type === 'law') surface.title = true;
      if (surface && kind === SurfaceKind.Chinese && entry.type === 'agency' && !NATIONAL.test(text))
        surface.local = true;
    }
    return names;
  });
  for (const surface of lawOnly) if (!plain.has(surface)) surface.lawText = true;
  addNamesAfterParent(compiledEntries, chineseNames, table);
  for (const entry of compiledEntries) {
    // In every Chinese form, as names are: 國務院有關部門 as well as 国务院有关部门.
    // An exclusion that is also an entry's name would take that name's text and mark nothing: the name, being longer
    // than the one the exclusion guards, already wins the overlap.
    for (const phrase of entry.exclusions ?? [])
      for (const form of new Set([phrase, ...openccForms(phrase)]))
        if (!table.named(SurfaceKind.Chinese, form) && !table.named(SurfaceKind.English, form))
          table.get(SurfaceKind.Exclusion, form);
  }
  compiledEntries.forEach((entry, index) => {
    if (entry.subtype !== 'document-kind') return;
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const zh of [entry.zh, ...(entry.zhAlt ?? [])]) {
      for (const end of TITLE_ENDS) {
        for (const form of new Set([zh + end, ...openccForms(zh + end)])) {
          const surface = table.add(SurfaceKind.TitleEnd, form, index);
          if (surface && ambiguous.has(zh)) surface.ambiguous = true;
        }
      }
    }
  });
  compiledEntries.forEach((entry, index) => {
    for (const word of entry.otherSenseCues ?? []) table.add(SurfaceKind.Cue, word, index);
    for (const word of entry.preferredWith ?? []) table.add(SurfaceKind.Preference, word, index);
  });
  for (const [kind, words] of [
    [SurfaceKind.China, CHINA_WORDS],
    [SurfaceKind.Foreign, FOREIGN_WORDS],
  ] as const) {
    for (const word of words) {
      for (const text of /\p{Script=Han}/u.test(word) ? new Set([word, ...openccForms(word)]) : [word]) {
        const surface = table.get(kind, text);
        // Only words in capitals ("US", "PRC") are matched case-sensitively: "us" is a pronoun.
        if (surface) surface.exact = /\p{Ll}|\p{Script=Han}/u.test(text) ? '' : text;
      }
    }
  }
  return { entries: compiledEntries, surfaces: table.surfaces((i) => compiledEntries[i].status) };
}

/** A body's parts and heads written after the body's full name (matching/surfaces.ts, `namesAfterParent`). */
function addNamesAfterParent(
  entries: readonly CompiledEntry[],
  chineseNames: readonly string[][],
  table: SurfaceTable,
): void {
  const index = new Map(entries.map((e, i) => [e.id, i]));
  entries.forEach((entry, i) => {
    const parent = entry.relations?.parent;
    const p = parent === undefined ? undefined : index.get(parent);
    if (entry.type !== 'agency' || p === undefined) return;
    for (const name of namesAfterParent(chineseNames[i], chineseNames[p])) table.add(SurfaceKind.Chinese, name, i);
  });
}
