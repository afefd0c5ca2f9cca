/**
 * The content script's glossary bundle, written at build time and read in the page: card fields only, surfaces
 * packed into parallel arrays, the automaton prebuilt. One module packs and unpacks it, so the two cannot drift.
 */
import {
  buildAutomaton,
  deserializeAutomaton,
  serializeAutomaton,
  type Automaton,
  type SerializedAutomaton,
} from './automaton';
import {
  CARD_FIELDS,
  SurfaceKind,
  isCue,
  type CardEntry,
  type CompiledGlossary,
  type MatchSurface,
  type RuntimeGlossary,
} from './model';

/** The bundle as embedded: JSON of all but the automaton (parsed on first use), and the automaton's arrays. */
export interface PackedBundle {
  json: string;
  automaton: SerializedAutomaton;
}

const AMBIGUOUS = 1;
const TITLE = 8;

/** The run-time glossary of a compiled one (build time). */
export function runtimeGlossary(glossary: CompiledGlossary): RuntimeGlossary {
  const exact: Record<number, string> = {};
  glossary.surfaces.forEach((s, i) => {
    if (s.kind === SurfaceKind.Acronym || (isCue(s.kind) && s.exact)) exact[i] = s.exact;
  });
  return {
    entries: glossary.entries.map((e) => {
      const card: Record<string, unknown> = {};
      for (const field of CARD_FIELDS) if (e[field] !== undefined) card[field] = e[field];
      return card as unknown as CardEntry;
    }),
    kinds: glossary.surfaces.map((s) => s.kind),
    flags: glossary.surfaces.map((s) => (s.ambiguous ? AMBIGUOUS : 0) | (s.edges << 1) | (s.title ? TITLE : 0)),
    surfaceEntries: glossary.surfaces.map((s) => (s.entries.length === 1 ? s.entries[0] : s.entries)),
    exact,
    automaton: serializeAutomaton(buildAutomaton(glossary.surfaces.map((s) => s.folded))),
  };
}

/**
 * The bundle to embed (build time). The automaton's arrays stay outside the JSON so that the page decodes them
 * straight from their literal, and the JSON is ASCII-only (see `asciiJson`); docs/performance.md has the figures.
 */
export function packBundle(glossary: CompiledGlossary): PackedBundle {
  const { automaton, ...rest } = runtimeGlossary(glossary);
  return { json: asciiJson(JSON.stringify(rest)), automaton };
}

export interface UnpackedBundle {
  entries: CardEntry[];
  surfaces: MatchSurface[];
  automaton: Automaton;
}

/**
 * The bundle as the matcher needs it (run time). `keep` says whether an entry is marked at all: the surfaces of one
 * that is not keep no entry, like exclusions, so that their text still stops a shorter term inside it.
 */
export function unpackBundle(bundle: PackedBundle, keep?: (entry: CardEntry) => boolean): UnpackedBundle {
  const runtime = JSON.parse(bundle.json) as Omit<RuntimeGlossary, 'automaton'>;
  const surfaces: MatchSurface[] = runtime.kinds.map((kind, i) => {
    const e = runtime.surfaceEntries[i];
    const entries = typeof e === 'number' ? [e] : e;
    return {
      kind,
      entries: keep ? entries.filter((index) => keep(runtime.entries[index])) : entries,
      ambiguous: (runtime.flags[i] & AMBIGUOUS) === AMBIGUOUS,
      exact: runtime.exact[i] ?? '',
      edges: (runtime.flags[i] >> 1) & 3,
      title: (runtime.flags[i] & TITLE) === TITLE,
    };
  });
  return { entries: runtime.entries, surfaces, automaton: deserializeAutomaton(bundle.automaton) };
}

/**
 * JSON with every character outside ASCII written as a `\uXXXX` escape, which JSON.parse reads back as the same
 * text: V8 stores a string in one byte per character only when every character fits in one, and this literal lives
 * as long as the content script, in every frame.
 */
export function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
