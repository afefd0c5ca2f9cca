/**
 * The matcher: text in, matches out. One Aho–Corasick automaton over every folded surface of the glossary, run
 * once over the text (never one regular expression per term), then leftmost-longest selection, so that
 * 中华人民共和国网络安全法 is one match and not 网络安全法 inside it. Pure: no DOM, no Node APIs; the content script,
 * the popup and `npm run scan` all use it.
 */
import { SurfaceKind, type CompiledSurface } from './compiled';
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

/** Transition key: state and folded code unit in one number (states stay far below 2^37). */
const key = (state: number, unit: number) => state * 0x10000 + unit;

export class Matcher {
  readonly surfaces: readonly CompiledSurface[];
  private readonly next = new Map<number, number>();
  /** Per state: failure link, depth (folded length), surface ending here (-1 if none), nearest output via failure. */
  private readonly fail: Int32Array;
  private readonly depth: Int32Array;
  private readonly output: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly longest: number;

  constructor(surfaces: readonly CompiledSurface[]) {
    this.surfaces = surfaces;
    // Trie.
    const depth: number[] = [0];
    const output: number[] = [-1];
    const children: number[][] = [[]];
    let longest = 1;
    surfaces.forEach((surface, index) => {
      let state = 0;
      const text = surface.folded;
      longest = Math.max(longest, text.length);
      for (let i = 0; i < text.length; i++) {
        const k = key(state, text.charCodeAt(i));
        let to = this.next.get(k);
        if (to === undefined) {
          to = depth.length;
          depth.push(i + 1);
          output.push(-1);
          children.push([]);
          this.next.set(k, to);
          children[state].push(text.charCodeAt(i));
        }
        state = to;
      }
      output[state] = index;
    });
    const count = depth.length;
    this.depth = Int32Array.from(depth);
    this.output = Int32Array.from(output);
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    this.longest = longest;
    // Failure and output links, breadth first.
    const queue: number[] = [];
    for (const unit of children[0]) queue.push(this.next.get(key(0, unit))!);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const unit of children[state]) {
        const child = this.next.get(key(state, unit))!;
        let f = this.fail[state];
        let target: number | undefined;
        while ((target = this.next.get(key(f, unit))) === undefined && f !== 0) f = this.fail[f];
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = this.output[failTo] >= 0 ? failTo : this.outputLink[failTo];
        queue.push(child);
      }
    }
  }

  /** Every glossary term in `text`, leftmost-longest, in text order, ambiguous surfaces included. */
  match(text: string): Match[] {
    const candidates: Match[] = [];
    const ring = new Int32Array(this.longest);
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
      ring[units % this.longest] = i;
      units++;
      let to: number | undefined;
      while ((to = this.next.get(key(state, unit))) === undefined && state !== 0) state = this.fail[state];
      state = to ?? 0;
      for (let s = this.output[state] >= 0 ? state : this.outputLink[state]; s > 0; s = this.outputLink[s]) {
        const surface = this.output[s];
        const start = ring[(units - this.depth[s]) % this.longest];
        const end = this.accepts(text, start, i + 1, this.surfaces[surface]);
        if (end >= 0) candidates.push({ start, end, surface, entry: this.surfaces[surface].entries[0] ?? -1 });
      }
    }
    // Exclusions ("CAC 40") win the overlap with the surface inside them, then leave no mark of their own.
    return leftmostLongest(candidates).filter((m) => m.entry >= 0);
  }

  /** The end of an acceptable match of `surface` at [start, end) (a plural may extend it), or -1. */
  private accepts(text: string, start: number, end: number, surface: CompiledSurface): number {
    if (surface.kind === SurfaceKind.Chinese) return end;
    const folded = surface.folded;
    const wordAt = (i: number) => i >= 0 && i < text.length && isWordUnit(FOLD[text.charCodeAt(i)]);
    if (isWordUnit(folded.charCodeAt(0)) && wordAt(start - 1)) return -1;
    // Acronyms are case-sensitive: "CAC", not "cac"; full-width letters count as their ASCII forms.
    if (surface.kind === SurfaceKind.Acronym && text.slice(start, end).normalize('NFKC') !== surface.exact) return -1;
    if (!isWordUnit(folded.charCodeAt(folded.length - 1)) || !wordAt(end)) return end;
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
export function withContext<M extends Match>(matches: M[], surfaces: readonly CompiledSurface[]): M[] {
  const confirmed = matches.some((m) => !surfaces[m.surface].ambiguous);
  return confirmed ? matches : matches.filter((m) => !surfaces[m.surface].ambiguous);
}
