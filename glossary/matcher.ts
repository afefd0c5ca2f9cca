/**
 * The matcher: text in, matches out. One Aho–Corasick automaton over every folded surface of the glossary, run
 * once over the text (never one regular expression per term), then leftmost-longest selection, so that
 * 中华人民共和国网络安全法 is one match and not 网络安全法 inside it. Pure: no DOM, no Node APIs; the content script,
 * the popup and `npm run scan` all use it.
 */
import { buildAutomaton, step, type Automaton } from './automaton';
import { SurfaceKind, WORD_END, WORD_START, type CompiledSurface, type MatchSurface } from './compiled';
import { FOLD, SKIP, SPACE, isWordUnit } from './normalize';

export interface Match {
  /** Offsets in UTF-16 code units of the text given to `match`; `end` is exclusive. */
  start: number;
  end: number;
  /** Index into the glossary's surfaces. */
  surface: number;
  /** Index into the glossary's entries: the preferred entry for the surface (-1 only inside the matcher). */
  entry: number;
}

/** What the page engine and the scanner need of a matcher: its surfaces, and text in, matches out. */
export interface TextMatcher {
  readonly surfaces: readonly MatchSurface[];
  match(text: string): Match[];
}

export class Matcher implements TextMatcher {
  readonly surfaces: readonly MatchSurface[];
  private readonly a: Automaton;
  /** Positions of the last `longest` folded units, reused across calls (allocating it per run showed in GC time). */
  private readonly ring: Int32Array;

  /** From compiled surfaces (building the automaton, as in Node), or from surfaces and a prebuilt automaton. */
  constructor(surfaces: readonly CompiledSurface[]);
  constructor(surfaces: readonly MatchSurface[], automaton: Automaton);
  constructor(surfaces: readonly MatchSurface[], automaton?: Automaton) {
    this.surfaces = surfaces;
    this.a = automaton ?? buildAutomaton((surfaces as readonly CompiledSurface[]).map((s) => s.folded));
    this.ring = new Int32Array(this.a.longest);
  }

  /** Every glossary term in `text`, leftmost-longest, in text order, ambiguous surfaces included. */
  match(text: string): Match[] {
    const a = this.a;
    const candidates: Match[] = [];
    const ring = this.ring;
    let state = 0;
    let units = 0;
    let lastSpace = true;
    for (let i = 0; i < text.length; i++) {
      const unit = FOLD[text.charCodeAt(i)];
      if (unit === SKIP) continue;
      if (unit === SPACE) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      ring[units % a.longest] = i;
      units++;
      let to = step(a, state, unit);
      while (to < 0 && state !== 0) {
        state = a.fail[state];
        to = step(a, state, unit);
      }
      state = to < 0 ? 0 : to;
      for (let s = a.output[state] >= 0 ? state : a.outputLink[state]; s > 0; s = a.outputLink[s]) {
        const start = ring[(units - a.depth[s]) % a.longest];
        for (let surface = a.output[s]; surface >= 0; surface = a.sameState[surface]) {
          const end = this.accepts(text, start, i + 1, this.surfaces[surface]);
          if (end >= 0) candidates.push({ start, end, surface, entry: this.surfaces[surface].entries[0] ?? -1 });
        }
      }
    }
    // Exclusions ("CAC 40") win the overlap with the surface inside them, then leave no mark of their own.
    return leftmostLongest(candidates).filter((m) => m.entry >= 0);
  }

  /** The end of an acceptable match of `surface` at [start, end) (a plural may extend it), or -1. */
  private accepts(text: string, start: number, end: number, surface: MatchSurface): number {
    if (surface.kind === SurfaceKind.Chinese) return end;
    const wordAt = (i: number) => i >= 0 && i < text.length && isWordUnit(FOLD[text.charCodeAt(i)]);
    if (surface.edges & WORD_START && wordAt(start - 1)) return -1;
    // Acronyms are case-sensitive: "CAC", not "cac"; full-width letters count as their ASCII forms.
    if (surface.kind === SurfaceKind.Acronym && text.slice(start, end).normalize('NFKC') !== surface.exact) return -1;
    if (!(surface.edges & WORD_END) || !wordAt(end)) return end;
    // English names take plural endings ("cybersecurity reviews", "five-year plans"); a possessive needs nothing,
    // since the apostrophe already ends the word.
    if (surface.kind === SurfaceKind.English) {
      const next = FOLD[text.charCodeAt(end)];
      if (next === 0x73 /* s */ && !wordAt(end + 1)) return end + 1;
      if (next === 0x65 /* e */ && FOLD[text.charCodeAt(end + 1)] === 0x73 && !wordAt(end + 2)) return end + 2;
    }
    return -1;
  }
}

/**
 * The bundled glossary and the user's own terms as one matcher: two automatons (the bundled one is prebuilt at build
 * time, the user's is built at run time because it changes without a rebuild), one index space (the second
 * matcher's surfaces follow the first's; its entries were numbered after the first's when it was compiled), and one
 * leftmost-longest selection over both, so a user's longer name wins over a bundled one inside it and the reverse.
 * On an exact tie the user's term wins: they added it on purpose.
 */
export class MatcherUnion implements TextMatcher {
  readonly surfaces: readonly MatchSurface[];
  private readonly offset: number;

  constructor(
    private readonly base: TextMatcher,
    private readonly extra: TextMatcher,
  ) {
    this.offset = base.surfaces.length;
    this.surfaces = [...base.surfaces, ...extra.surfaces];
  }

  match(text: string): Match[] {
    const extra = this.extra.match(text).map((m) => ({ ...m, surface: m.surface + this.offset }));
    if (!extra.length) return this.base.match(text);
    // The sort in leftmostLongest is stable: the user's matches go first so that they win exact ties.
    return leftmostLongest([...extra, ...this.base.match(text)]);
  }
}

/** Keeps, of overlapping candidates, the one that starts first and, of those, the longest. */
function leftmostLongest(candidates: Match[]): Match[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let reached = 0;
  for (const m of candidates) {
    if (m.start < reached) continue;
    out.push(m);
    reached = m.end;
  }
  return out;
}

/**
 * Applies the context rule for ambiguous surfaces ("CAC" could be the CAC 40 index): they are kept only when the
 * same document also has an unambiguous match. Give it every match of a document (a page, a file).
 */
export function withContext<M extends Match>(matches: M[], surfaces: readonly MatchSurface[]): M[] {
  const confirmed = matches.some((m) => !surfaces[m.surface].ambiguous);
  return confirmed ? matches : matches.filter((m) => !surfaces[m.surface].ambiguous);
}
