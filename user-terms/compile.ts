/**
 * The user's terms as the content script's matcher needs them, built at run time (they change without a rebuild):
 * card entries, surfaces and an Aho–Corasick automaton, with the same surface rules as the bundled glossary
 * (glossary/build/compile.ts): English names and their British/American spellings case-insensitive on word boundaries,
 * acronyms case-sensitive and whole-word, Chinese anywhere, pinyin without tones, with and without spaces.
 *
 * What the bundled compiler does and this one does not: derive traditional characters and Taiwan/Hong Kong
 * vocabulary with OpenCC (too big for the content script; the user's own zhTrad and zhAlt are matched), and
 * ambiguity and exclusions (user terms have neither).
 *
 * Entry indices start at `offset`: the user's entries are appended after the bundled ones, so one index space
 * serves both matchers' results.
 */
import { buildAutomaton, type Automaton } from '../matching/automaton';
import { SurfaceKind, type CardEntry, type MatchSurface } from '../matching/model';
import { foldString, stripTones } from '../matching/normalize';
import { STATUS_RANK, edgesOf, spellingVariants } from '../matching/surface-rules';
import { userEntry } from './entries';
import type { UserTerm } from './schema';

export interface UserGlossary {
  /** Card entries of the user's terms, in their order; entry `i` here has index `offset + i` in matches. */
  entries: CardEntry[];
  surfaces: MatchSurface[];
  automaton: Automaton;
}

/** Every matched form of a term, before folding (as `surfacesOf` in glossary/build/compile.ts, without OpenCC). */
export function userSurfacesOf(term: UserTerm): Array<{ text: string; kind: SurfaceKind }> {
  const out: Array<{ text: string; kind: SurfaceKind }> = [];
  for (const name of [term.en, ...(term.enAlt ?? [])]) {
    for (const text of spellingVariants(name)) out.push({ text, kind: SurfaceKind.English });
  }
  for (const text of term.acronyms ?? []) out.push({ text, kind: SurfaceKind.Acronym });
  for (const text of [term.zh, term.zhTrad, ...(term.zhAlt ?? [])]) if (text) out.push({ text, kind: SurfaceKind.Chinese });
  if (term.pinyin) {
    const toneless = stripTones(term.pinyin);
    out.push({ text: toneless, kind: SurfaceKind.Pinyin });
    out.push({ text: toneless.replace(/[\s'’-]+/g, ''), kind: SurfaceKind.Pinyin });
  }
  return out;
}

export function userGlossary(terms: readonly UserTerm[], offset: number): UserGlossary {
  const byKey = new Map<string, MatchSurface & { folded: string }>();
  terms.forEach((term, i) => {
    for (const { text, kind } of userSurfacesOf(term)) {
      const folded = foldString(text);
      if (!folded) continue;
      const key = `${kind}\u0000${kind === SurfaceKind.Acronym ? text : folded}`;
      let surface = byKey.get(key);
      if (!surface) {
        // `exact` is only read for acronyms (the matcher compares them case-sensitively); '' otherwise, as bundled.
        surface = { folded, exact: kind === SurfaceKind.Acronym ? text : '', kind, entries: [], ambiguous: false, edges: edgesOf(folded) };
        byKey.set(key, surface);
      }
      if (!surface.entries.includes(offset + i)) surface.entries.push(offset + i);
    }
  });
  const surfaces = [...byKey.values()];
  for (const s of surfaces) {
    s.entries.sort((a, b) => STATUS_RANK[terms[a - offset].status] - STATUS_RANK[terms[b - offset].status] || a - b);
  }
  return {
    entries: terms.map(userEntry),
    surfaces: surfaces.map(({ folded: _folded, ...s }) => s),
    automaton: buildAutomaton(surfaces.map((s) => s.folded)),
  };
}
