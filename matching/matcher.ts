/**
 * The matcher: text in, matches out. One Aho–Corasick automaton over every folded surface of the glossary, run
 * once over the text (never one regular expression per term), then leftmost-longest selection, so that
 * 中华人民共和国网络安全法 is one match and not 网络安全法 inside it. Pure: no DOM, no Node APIs; the content script,
 * the popup and `npm run scan` all use it.
 *
 * The text may come in parts (`scan`): the content script hands over a block's text nodes one by one, matched as
 * if joined, so that no joined string is built for every paragraph of a page. Matches come back in typed arrays
 * reused from call to call: on a 5 MB page an object per match and per run showed as a large share of GC time.
 */
import { isLawText } from './law-text';
import { CHINA, LAW_TEXT } from './context';
import { buildAutomaton, emitOf, type Automaton } from './automaton';
import { SurfaceKind, WORD_END, WORD_START, asList, isCue, type CompiledSurface } from './model';
import type { MatchSurface, SurfaceList } from './model';
import { FOLD, SKIP, SPACE, isDoubleQuote, isWordUnit } from './normalize';
import { LAW_CHAR, lawTitleRunsOn, standingCommitteeFollows } from './surface-rules';
import { mayBeInTitle, officialTitle, titleFits, titleOpenBefore } from './titles';
import { inAddress } from './urls';
import { countryInitialBefore, foreignAfter, foreignOrgBefore, localBefore, rightBefore } from './whose';
import { MatchList, addOnce, toMatches } from './match-list';

export interface Match {
  /** Offsets in UTF-16 code units of the text given to `match`; `end` is exclusive. */
  start: number;
  end: number;
  /** Index into the glossary's surfaces. */
  surface: number;
  /** Index into the glossary's entries: the preferred entry for the surface (-1 only inside the matcher). */
  entry: number;
  /** Set on an ambiguous name whose paragraph says it is China's ("Beijing's", 我国): it counts as unambiguous. */
  china?: true;
  /** Set on a law-only name (`MatchSurface.lawText`) whose paragraph is a law's own text (matching/law-text.ts). */
  law?: true;
}

/** What the page engine and the scanner need of a matcher: its surfaces, and text in, matches out. */
export interface TextMatcher {
  readonly surfaces: SurfaceList;
  match(text: string): Match[];
  /** `match` over the joined text of `parts[0..count)`, into `out` (cleared first); offsets in the joined text. */
  scan(parts: readonly string[], count: number, out: MatchList): void;
}

export class Matcher implements TextMatcher {
  readonly surfaces: SurfaceList;
  private readonly a: Automaton;
  /**
   * Positions of the last folded units, a power of two at least as long as the longest surface so that the ring
   * is indexed with a mask: a `%` by any other length was a division per character, a large part of the loop.
   */
  private readonly ring: Int32Array;
  /** Preferred entry of each surface + 2 (1: an exclusion), worked out when first met (0): no pass over all. */
  private readonly entries: Int32Array;
  /** Candidates found by the automaton, before acceptance and selection. */
  private readonly candidates = new MatchList();
  private readonly accepted = new MatchList();
  /** 《》 titles the glossary may not hold, ending in a kind of document (`SurfaceKind.TitleEnd`), whole. */
  private readonly titles = new MatchList();
  private order = new Int32Array(64);
  /** Entries whose ambiguous names a cue in the text being matched speaks against. */
  private readonly against: number[] = [];
  /** Entries a preference in the text being matched speaks for, on names they share with others. */
  private readonly preferred: number[] = [];
  /** Entries the text being matched names unambiguously (collected only when a cue is present). */
  private readonly named: number[] = [];
  /** Where the foreign words of the text being matched end ("Taiwan's" before a name makes it Taiwan's)... */
  private readonly foreignEnds: number[] = [];
  /** ... and where they start ("of Japan" after a name makes it Japan's). */
  private readonly foreignStarts: number[] = [];
  /** Where the China words of the text being matched end ("China's PLA" is the army, whatever else is near). */
  private readonly chinaEnds: number[] = [];
  /** ... and where they start (国家主席习近平: the leader named right after the post says whose it is). */
  private readonly chinaStarts: number[] = [];
  private readonly list = new MatchList();
  // The parts being matched, for the acceptance checks that look at the text around a candidate.
  private parts: readonly string[] = [];
  private partCount = 0;
  private partStart = new Int32Array(16);
  private total = 0;
  /** Whether the text being matched is a law's own text: -1 until a law-only name asks (matching/law-text.ts). */
  private lawText = -1;

  /** From compiled surfaces (building the automaton, as in Node), or from surfaces and a prebuilt automaton. */
  constructor(surfaces: readonly CompiledSurface[]);
  constructor(surfaces: readonly MatchSurface[] | SurfaceList, automaton: Automaton);
  constructor(surfaces: readonly MatchSurface[] | SurfaceList, automaton?: Automaton) {
    this.surfaces = asList(surfaces);
    this.a = automaton ?? buildAutomaton((surfaces as readonly CompiledSurface[]).map((s) => s.folded));
    this.ring = new Int32Array(2 ** Math.ceil(Math.log2(this.a.longest)));
    this.entries = new Int32Array(this.surfaces.length);
  }

  private entryOf(surface: number): number {
    return (this.entries[surface] ||= this.surfaces.firstEntry(surface) + 2) - 2;
  }

  /** Every glossary term in `text`, leftmost-longest, in text order, ambiguous surfaces included. */
  match(text: string): Match[] {
    this.scan([text], 1, this.list);
    return toMatches(this.list);
  }

  /**
   * `match` over the joined text of `parts[0..count)`, into `out` (cleared first); offsets are in the joined text.
   * The parts are only read, never joined.
   */
  scan(parts: readonly string[], count: number, out: MatchList): void {
    if (this.partStart.length <= count) this.partStart = new Int32Array(2 * count + 2);
    const a = this.a;
    const { root, childStart, units: edge, fail, ends, surfaceState, surfaceLength } = a;
    const ring = this.ring;
    const mask = ring.length - 1;
    const fold = FOLD;
    const candidates = this.candidates;
    candidates.count = 0;
    let state = 0;
    let units = 0;
    let lastSpace = true;
    let base = 0;
    for (let p = 0; p < count; p++) {
      const text = parts[p];
      this.partStart[p] = base;
      for (let i = 0, n = text.length; i < n; i++) {
        const unit = fold[text.charCodeAt(i)];
        if (unit === SKIP) continue;
        if (unit === SPACE) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        ring[units & mask] = base + i;
        units++;
        // The transition on `unit`, following failure links down to the root, whose transitions are a table.
        // Children are sorted by unit (binary search); most states deep in a name have one child, tested directly.
        let to = 0;
        while (state !== 0) {
          const first = childStart[state];
          const n = childStart[state + 1] - first;
          if (n === 1) {
            if (edge[first] === unit) {
              to = first;
              break;
            }
          } else if (n !== 0) {
            let lo = first;
            let hi = first + n - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >> 1;
              const v = edge[mid];
              if (v === unit) {
                to = mid;
                break;
              }
              if (v < unit) lo = mid + 1;
              else hi = mid - 1;
            }
            if (to !== 0) break;
          }
          state = fail[state];
        }
        state = state === 0 ? root[unit] : to;
        for (let k = emitOf(a, state); k >= 0;) {
          const at = surfaceState[ends[k]];
          const start = ring[(units - surfaceLength[ends[k]]) & mask];
          do candidates.push(start, base + i + 1, ends[k], 0);
          while (++k < ends.length && surfaceState[ends[k]] === at);
          k = emitOf(a, fail[at]);
        }
      }
      base += text.length;
    }
    this.partStart[count] = base;
    this.parts = parts;
    this.partCount = count;
    this.total = base;
    this.select(out);
    this.parts = [];
  }

  /**
   * Keeps, of the acceptable candidates, the one that starts first and, of overlapping ones, the longest; then drops
   * exclusions ("CAC 40"), which win the overlap with the surface inside them and leave no mark of their own, and
   * the ambiguous names of entries a cue in the same text speaks against ("PLA" in a paragraph on polylactic acid);
   * a shared name goes to the entry a preference in the same text speaks for ("Hong Kong" near "National Security
   * Law").
   */
  private select(out: MatchList): void {
    out.count = 0;
    const c = this.candidates;
    if (!c.count) return;
    const ok = this.accepted;
    ok.count = 0;
    this.titles.count = 0;
    const { against, preferred, foreignEnds } = this;
    for (const list of [against, preferred, foreignEnds, this.foreignStarts, this.chinaEnds, this.chinaStarts])
      list.length = 0;
    let china = false;
    this.lawText = -1;
    for (let i = 0; i < c.count; i++) {
      const surface = this.surfaces.get(c.surface[i]);
      if (surface.kind === SurfaceKind.TitleEnd) {
        this.noteTitle(c.start[i], c.end[i], c.surface[i]);
        continue;
      }
      const end = this.accepts(c.start[i], c.end[i], surface);
      if (end < 0) continue;
      // A cue takes no part in the overlap: it only notes whose ambiguous names it speaks against, or for whom,
      // whether the paragraph is about China, or where a foreign country's name ends.
      if (surface.kind === SurfaceKind.Cue) addOnce(against, surface.entries);
      else if (surface.kind === SurfaceKind.Preference) addOnce(preferred, surface.entries);
      else if (surface.kind === SurfaceKind.China) {
        china = true;
        this.chinaEnds.push(end);
        this.chinaStarts.push(c.start[i]);
      } else if (surface.kind === SurfaceKind.Foreign) {
        foreignEnds.push(end);
        this.foreignStarts.push(c.start[i]);
      } else ok.push(c.start[i], end, c.surface[i], this.entryOf(c.surface[i]));
    }
    if (this.foreignStarts.length > 1) this.foreignStarts.sort((x, y) => x - y); // whose.ts searches them
    if (this.titles.count) this.addTitles(ok);
    // A stable insertion sort by start, then longest first: candidates arrive by end, so they are nearly in order.
    if (this.order.length < ok.count) this.order = new Int32Array(ok.count * 2);
    const order = this.order;
    for (let i = 0; i < ok.count; i++) {
      let j = i;
      const s = ok.start[i];
      const e = ok.end[i];
      while (j > 0) {
        const k = order[j - 1];
        if (ok.start[k] < s || (ok.start[k] === s && ok.end[k] >= e)) break;
        order[j] = k;
        j--;
      }
      order[j] = i;
    }
    let reached = 0;
    const named = this.named;
    named.length = 0;
    for (let i = 0; i < ok.count; i++) {
      const k = order[i];
      if (ok.start[k] < reached) continue;
      reached = ok.end[k];
      let entry = ok.entry[k];
      if (entry < 0) continue;
      if (
        foreignEnds.length &&
        (rightBefore(this.at, foreignEnds, ok.start[k]) ||
          foreignAfter(this.at, this.foreignStarts, ok.end[k]) ||
          foreignOrgBefore(this.at, foreignEnds, this.chinaEnds, ok.start[k]))
      )
        continue;
      const surface = this.surfaces.get(ok.surface[k]);
      if (this.misplaced(ok.start[k], ok.end[k], surface)) continue;
      if (preferred.length) entry = surface.entries.find((e) => preferred.includes(e)) ?? entry;
      if (against.length && !surface.ambiguous) addOnce(named, [entry]);
      out.push(ok.start[k], ok.end[k], ok.surface[k], entry);
      out.setFlags(out.count - 1, surface.lawText && this.isLawText() ? LAW_TEXT : 0);
    }
    if (against.length) this.dropOtherSense(out);
    if (china)
      for (let i = 0; i < out.count; i++) if (this.surfaces.get(out.surface[i]).ambiguous) out.flags[i] |= CHINA;
  }

  /**
   * Notes the 《》 title that a kind of document and its 》 at [start, end) close, when it has one on its line and names
   * something before the kind word; a kind whose word also ends other titles (报告, 计划) needs an official-looking one.
   */
  private noteTitle(start: number, end: number, surface: number): void {
    const open = titleOpenBefore(this.at, end - 1);
    if (open < 0 || start - open <= 2) return;
    if (this.surfaces.get(surface).ambiguous && !officialTitle(this.at, open + 1, end - 1)) return;
    this.titles.push(open + 1, end - 1, surface, this.entryOf(surface));
  }

  /**
   * Adds the noted titles to the accepted candidates, unless an entry names the title itself (it ends where the title
   * does and stands there, 《数据二十条》 or 《中共中央 国务院关于构建数据基础制度…的意见》 under its short title).
   * Added, a title wins the overlap with the names inside it, being longer: 《国务院关于修改〈…〉的决定》 is the decision.
   */
  private addTitles(ok: MatchList): void {
    const titles = this.titles;
    for (let t = 0; t < titles.count; t++) {
      const start = titles.start[t];
      const end = titles.end[t];
      let named = false;
      for (let k = 0; k < ok.count && !named; k++) {
        named =
          this.endsAt(ok.end[k], end) &&
          ok.start[k] >= start &&
          ok.entry[k] >= 0 &&
          !this.misplaced(ok.start[k], end, this.surfaces.get(ok.surface[k]));
      }
      if (!named) ok.push(start, end, titles.surface[t], titles.entry[t]);
    }
  }

  /** Whether a match ending at `matchEnd` ends at `end`, but for units folding skips (a combining mark: 规定̀》). */
  private endsAt(matchEnd: number, end: number): boolean {
    if (matchEnd > end) return false;
    for (let i = matchEnd; i < end; i++) if (FOLD[this.unitAt(i)] !== SKIP) return false;
    return true;
  }

  /**
   * Drops the ambiguous names of the entries a cue speaks against, in place. An acronym stays when the same text
   * also names its entry unambiguously: that is how writers define an acronym ("the People's Liberation Army ...
   * the PLA"), cue or no cue. Other ambiguous names go even then: in Taiwanese news, 中國國防部 beside bare 國防部
   * is what tells the PRC's ministry from Taiwan's own.
   */
  private dropOtherSense(out: MatchList): void {
    let kept = 0;
    for (let i = 0; i < out.count; i++) {
      const surface = this.surfaces.get(out.surface[i]);
      const entry = out.entry[i];
      const defined = surface.kind === SurfaceKind.Acronym && this.named.includes(entry);
      // "China's PLA", 中国外交部: a China word right before the name says whose it is, whatever the cue says.
      // 国家主席习近平: so does a China leader's name right after it, in a paragraph of condolences from other heads of state.
      const owned =
        this.chinaEnds.length > 0 &&
        (rightBefore(this.at, this.chinaEnds, out.start[i]) || this.chinaStarts.includes(out.end[i]));
      if (surface.ambiguous && this.against.includes(entry) && !defined && !owned) continue;
      if (kept !== i) {
        out.start[kept] = out.start[i];
        out.end[kept] = out.end[i];
        out.surface[kept] = out.surface[i];
        out.entry[kept] = entry;
      }
      kept++;
    }
    out.count = kept;
  }

  private readonly at = (pos: number): number => this.unitAt(pos);

  /** Whether the text being matched is a law's own text, read once per text and only when a law-only name is met. */
  private isLawText(): boolean {
    if (this.lawText < 0) this.lawText = isLawText(this.parts.slice(0, this.partCount).join('')) ? 1 : 0;
    return this.lawText === 1;
  }

  /**
   * Whether a selected match names nothing where it stands: in a web or mail address, or in a 《》 title of another
   * document. Checked after selection, so that its text is taken and no shorter name inside it is marked instead.
   */
  private misplaced(start: number, end: number, surface: MatchSurface): boolean {
    if (inAddress(this.at, start, end)) return true;
    if (surface.local && localBefore(this.unitAt(start - 1))) return true;
    if (surface.kind === SurfaceKind.Chinese && countryInitialBefore(this.unitAt(start - 1), this.unitAt(start - 2)))
      return true;
    return (
      surface.kind === SurfaceKind.Chinese &&
      mayBeInTitle(this.unitAt(end), surface.title) &&
      !titleFits(this.at, start, end, surface.title)
    );
  }

  /** The code unit at `pos` of the joined parts, or -1 outside them. */
  private unitAt(pos: number): number {
    if (pos < 0 || pos >= this.total) return -1;
    if (this.partCount === 1) return this.parts[0].charCodeAt(pos);
    let lo = 0;
    let hi = this.partCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.partStart[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return this.parts[lo].charCodeAt(pos - this.partStart[lo]);
  }

  /** The folded unit at `pos`, or 0 outside the text. */
  private foldedAt(pos: number): number {
    const unit = this.unitAt(pos);
    return unit < 0 ? 0 : FOLD[unit];
  }

  /** Whether the text at [start, end) is `exact` after NFKC (full-width letters count as their ASCII forms). */
  private exactAt(start: number, end: number, exact: string): boolean {
    let ascii = true;
    for (let i = start; i < end && ascii; i++) ascii = this.unitAt(i) < 0x80;
    // NFKC leaves ASCII as it is: compare in place, with no slice.
    if (ascii) {
      if (end - start !== exact.length) return false;
      for (let i = start; i < end; i++) if (this.unitAt(i) !== exact.charCodeAt(i - start)) return false;
      return true;
    }
    let slice = '';
    for (let i = start; i < end; i++) slice += String.fromCharCode(this.unitAt(i));
    return slice.normalize('NFKC') === exact;
  }

  /**
   * Whether a double quote at `end` closes one opened inside [start, end) (data as a "factor of production"): the
   * match then takes it in, so that the mark does not show half a pair of quotes.
   */
  private quoteClosedAt(start: number, end: number): boolean {
    if (!isDoubleQuote(this.unitAt(end))) return false;
    let open = false;
    for (let i = start; i < end; i++) if (isDoubleQuote(this.unitAt(i))) open = !open;
    return open;
  }

  /** The end of an acceptable match of `surface` at [start, end) (a plural may extend it), or -1. */
  private accepts(start: number, end: number, surface: MatchSurface): number {
    const kind = surface.kind;
    if (kind === SurfaceKind.Chinese) {
      const next = this.unitAt(end);
      // A body's name followed by 常委 or 常务委 names its standing committee, another body (or its member).
      if (standingCommitteeFollows(next, this.unitAt(end + 1), this.unitAt(end + 2))) return -1;
      // Only a match ending in 法 needs the text after it looked at.
      return this.unitAt(end - 1) === LAW_CHAR && lawTitleRunsOn(next, this.unitAt(end + 1)) ? -1 : end;
    }
    const edges = surface.edges;
    if (edges & WORD_START && isWordUnit(this.foldedAt(start - 1))) return -1;
    // Acronyms are case-sensitive: "CAC", not "cac"; full-width letters count as their ASCII forms. So are China and
    // foreign words in capitals ("US", not "us").
    if ((kind === SurfaceKind.Acronym || (surface.exact && isCue(kind))) && !this.exactAt(start, end, surface.exact))
      return -1;
    if (!(edges & WORD_END)) return end;
    const next = this.foldedAt(end);
    if (next === SPACE) return this.quoteClosedAt(start, end) ? end + 1 : end;
    if (!isWordUnit(next)) return end;
    // English names take plural endings ("cybersecurity reviews", "five-year plans"); a possessive needs nothing,
    // since the apostrophe already ends the word.
    if (kind === SurfaceKind.English || isCue(kind)) {
      if (next === 0x73 /* s */ && !isWordUnit(this.foldedAt(end + 1))) return end + 1;
      if (next === 0x65 /* e */ && this.foldedAt(end + 1) === 0x73 && !isWordUnit(this.foldedAt(end + 2)))
        return end + 2;
    }
    return -1;
  }
}
