/**
 * Build-time compiler: validated entries in, the bundled glossary out. Derives traditional-character forms with
 * OpenCC (Taiwan and Hong Kong vocabulary too), toneless pinyin forms with and without spaces, and the folded
 * surfaces the matcher's automaton is built from. Runs in Node at build and test time, never in the browser.
 */
import * as OpenCC from 'opencc-js';
import { buildAutomaton, serializeAutomaton } from '../../matching/automaton';
import {
  CARD_FIELDS, SurfaceKind,
  type CardEntry, type CompiledEntry, type CompiledGlossary, type CompiledSurface, type RuntimeGlossary,
} from '../../matching/model';
import { foldString, stripTones } from '../../matching/normalize';
import type { Entry } from '../schema';
import { STATUS_RANK, edgesOf, spellingVariants } from '../../matching/surface-rules';

export { spellingVariants } from '../../matching/surface-rules';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

export interface RawSurface {
  text: string;
  kind: SurfaceKind;
  /** The name in the data it was derived from (itself, or the simplified form of a traditional one). */
  from: string;
}

/** Every form of an entry that is matched in text, before folding. */
export function surfacesOf(entry: Entry): RawSurface[] {
  const out: RawSurface[] = [];
  for (const name of [entry.en, ...(entry.enAlt ?? [])]) {
    for (const text of spellingVariants(name)) out.push({ text, kind: SurfaceKind.English, from: name });
  }
  for (const acronym of entry.acronyms ?? []) out.push({ text: acronym, kind: SurfaceKind.Acronym, from: acronym });
  for (const zh of [entry.zh, ...(entry.zhAlt ?? [])]) {
    out.push({ text: zh, kind: SurfaceKind.Chinese, from: zh });
    for (const convert of [toTraditional, toTaiwan, toHongKong]) out.push({ text: convert(zh), kind: SurfaceKind.Chinese, from: zh });
  }
  if (entry.zhTrad) out.push({ text: entry.zhTrad, kind: SurfaceKind.Chinese, from: entry.zh });
  for (const zh of [...(entry.zhTw ?? []), ...(entry.zhHk ?? [])]) out.push({ text: zh, kind: SurfaceKind.Chinese, from: zh });
  for (const py of [entry.pinyin, ...(entry.pinyinAlt ?? [])]) {
    if (!py) continue;
    const toneless = stripTones(py);
    out.push({ text: toneless, kind: SurfaceKind.Pinyin, from: py });
    out.push({ text: toneless.replace(/[\s'’-]+/g, ''), kind: SurfaceKind.Pinyin, from: py });
  }
  // A name left unmarked stays so in every derived form (traditional characters, toneless pinyin).
  const unmarked = new Set(entry.unmarked ?? []);
  return out.filter((s) => !unmarked.has(s.from) && !unmarked.has(s.text));
}

export function compileGlossary(entries: readonly Entry[]): CompiledGlossary {
  const compiledEntries: CompiledEntry[] = entries.map((e) => ({ ...e, zhTrad: e.zhTrad ?? toTraditional(e.zh) }));
  const byKey = new Map<string, CompiledSurface>();
  /** The surface of `kind` keyed by `key` (its folded form, or an acronym as written), made on first use. */
  const surfaceAt = (kind: SurfaceKind, exact: string, folded: string, key = folded): CompiledSurface => {
    const k = `${kind}\u0000${key}`;
    let surface = byKey.get(k);
    if (!surface) {
      surface = { folded, exact, kind, entries: [], ambiguous: false, edges: edgesOf(folded) };
      byKey.set(k, surface);
    }
    return surface;
  };
  compiledEntries.forEach((entry, index) => {
    const ambiguous = new Set(entry.ambiguous ?? []);
    for (const { text, kind, from } of surfacesOf(entry)) {
      const folded = foldString(text);
      if (!folded) continue;
      const surface = surfaceAt(kind, text, folded, kind === SurfaceKind.Acronym ? text : folded);
      if (!surface.entries.includes(index)) surface.entries.push(index);
      // Derived forms share their source's ambiguity: 系統 is as ambiguous as 系统.
      if (ambiguous.has(text) || ambiguous.has(from)) surface.ambiguous = true;
    }
  });
  for (const entry of compiledEntries) {
    for (const phrase of entry.exclusions ?? []) {
      const folded = foldString(phrase);
      if (folded) surfaceAt(SurfaceKind.Exclusion, phrase, folded);
    }
  }
  compiledEntries.forEach((entry, index) => {
    const cues = [[SurfaceKind.Cue, entry.otherSenseCues], [SurfaceKind.Preference, entry.preferredWith]] as const;
    for (const [kind, words] of cues) {
      for (const word of words ?? []) {
        const folded = foldString(word);
        if (!folded) continue;
        const surface = surfaceAt(kind, word, folded);
        if (!surface.entries.includes(index)) surface.entries.push(index);
      }
    }
  });
  const surfaces = [...byKey.values()];
  for (const s of surfaces) {
    s.entries.sort((a, b) => STATUS_RANK[compiledEntries[a].status] - STATUS_RANK[compiledEntries[b].status] || a - b);
  }
  return { entries: compiledEntries, surfaces };
}

/** The content script's bundle: card fields only, surfaces packed, the automaton prebuilt. */
export function runtimeGlossary(glossary: CompiledGlossary): RuntimeGlossary {
  const exact: Record<number, string> = {};
  glossary.surfaces.forEach((s, i) => {
    if (s.kind === SurfaceKind.Acronym) exact[i] = s.exact;
  });
  return {
    entries: glossary.entries.map((e) => {
      const card: Record<string, unknown> = {};
      for (const field of CARD_FIELDS) if (e[field] !== undefined) card[field] = e[field];
      return card as unknown as CardEntry;
    }),
    kinds: glossary.surfaces.map((s) => s.kind),
    flags: glossary.surfaces.map((s) => (s.ambiguous ? 1 : 0) | (s.edges << 1)),
    surfaceEntries: glossary.surfaces.map((s) => (s.entries.length === 1 ? s.entries[0] : s.entries)),
    exact,
    automaton: serializeAutomaton(buildAutomaton(glossary.surfaces.map((s) => s.folded))),
  };
}
