/**
 * The content script's glossary bundle, written at build time and read in the page: card fields only, surfaces
 * packed into parallel arrays, the automaton prebuilt. One module packs and unpacks it, so the two cannot drift.
 */
import {
  buildAutomaton,
  deserializeAutomaton,
  fromBase64,
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

/**
 * The bundle as embedded: the card entries and the distinct surface records as ASCII JSON, parsed at start-up; which
 * record each surface has, as an array of integers in base64; and the automaton (see `SerializedAutomaton`).
 * Surfaces of one entry mostly share a record (the same kind, flags and entries), so start-up builds a few thousand
 * record objects, not one per surface.
 */
export interface PackedBundle {
  entries: string;
  records: string;
  surfaces: string;
  automaton: SerializedAutomaton;
}

const AMBIGUOUS = 1;
const TITLE = 8;

/** A surface record as packed: kind, flags, entry index or indices, and the exact form where there is one. */
type PackedRecord = [number, number, number | number[]] | [number, number, number | number[], string];

/** Each surface's record among the distinct ones (shared with the user's compiled terms, user-terms/packed.ts). */
export function surfaceRecords(surfaces: readonly MatchSurface[]): {
  records: PackedRecord[];
  surfaceRecords: number[];
} {
  const records: PackedRecord[] = [];
  const recordOf = new Map<string, number>();
  const indices = surfaces.map((s) => {
    const flags = (s.ambiguous ? AMBIGUOUS : 0) | (s.edges << 1) | (s.title ? TITLE : 0);
    const entries = s.entries.length === 1 ? s.entries[0] : s.entries;
    const exact = s.kind === SurfaceKind.Acronym || (isCue(s.kind) && s.exact) ? s.exact : '';
    const record: PackedRecord = exact ? [s.kind, flags, entries, exact] : [s.kind, flags, entries];
    const key = JSON.stringify(record);
    let index = recordOf.get(key);
    if (index === undefined) {
      index = records.push(record) - 1;
      recordOf.set(key, index);
    }
    return index;
  });
  return { records, surfaceRecords: indices };
}

/** The run-time glossary of a compiled one (build time). */
export function runtimeGlossary(glossary: CompiledGlossary): RuntimeGlossary {
  return {
    entries: glossary.entries.map((e) => {
      const card: Record<string, unknown> = {};
      for (const field of CARD_FIELDS) if (e[field] !== undefined) card[field] = e[field];
      return card as unknown as CardEntry;
    }),
    ...surfaceRecords(glossary.surfaces),
    automaton: serializeAutomaton(buildAutomaton(glossary.surfaces.map((s) => s.folded))),
  };
}

/**
 * The bundle to embed (build time). The JSON is ASCII-only (see `asciiJson`); docs/performance.md has the figures
 * behind the layout.
 */
export function packBundle(glossary: CompiledGlossary): PackedBundle {
  const { entries, records, surfaceRecords, automaton } = runtimeGlossary(glossary);
  return {
    entries: asciiJson(JSON.stringify(entries)),
    records: asciiJson(JSON.stringify(records)),
    surfaces: packIndices(surfaceRecords),
    automaton,
  };
}

export interface UnpackedBundle {
  entries: CardEntry[];
  surfaces: MatchSurface[];
  automaton: Automaton;
}

/**
 * The bundle as the matcher needs it (run time). `keep` says whether an entry is marked at all: the surfaces of one
 * that is not keep no entry, like exclusions, so that their text still stops a shorter term inside it. `lap`, if
 * given, is called after each step with its name (start-up timings).
 */
export function unpackBundle(
  bundle: PackedBundle,
  keep?: (entry: CardEntry) => boolean,
  lap: (step: string) => void = () => undefined,
): UnpackedBundle {
  const entries = JSON.parse(bundle.entries) as CardEntry[];
  lap('entries');
  const surfaces = unpackSurfaces(bundle.records, bundle.surfaces, 0, keep && ((index) => keep(entries[index])));
  lap('surfaces');
  const automaton = deserializeAutomaton(bundle.automaton);
  lap('automaton');
  return { entries, surfaces, automaton };
}

/**
 * Surfaces from their packed records and record indices, the record objects shared. Entry indices are shifted by
 * `offset`; an entry that `keep` refuses (by its unshifted index) is left out of the surfaces' entries.
 */
export function unpackSurfaces(
  records: string,
  indices: string,
  offset: number,
  keep?: (index: number) => boolean,
): MatchSurface[] {
  const objects = (JSON.parse(records) as PackedRecord[]).map(([kind, flags, e, exact]): MatchSurface => {
    const list = typeof e === 'number' ? [e] : e;
    const kept = keep ? list.filter(keep) : list;
    return {
      kind,
      entries: offset ? kept.map((i) => i + offset) : kept,
      ambiguous: (flags & AMBIGUOUS) === AMBIGUOUS,
      exact: exact ?? '',
      edges: (flags >> 1) & 3,
      title: (flags & TITLE) === TITLE,
    };
  });
  const which = unpackIndices(indices);
  const surfaces = new Array<MatchSurface>(which.length);
  for (let i = 0; i < which.length; i++) surfaces[i] = objects[which[i]];
  return surfaces;
}

/** Non-negative integers below 2^16 (or 2^32 when one is larger) in base64, decoded by the engine's own decoder. */
export function packIndices(values: readonly number[]): string {
  const wide = values.some((v) => v > 0xffff);
  const array = wide ? Uint32Array.from(values) : Uint16Array.from(values);
  const bytes = new Uint8Array(array.buffer);
  let binary = wide ? '4' : '2';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary[0] + btoa(binary.slice(1));
}

function unpackIndices(packed: string): Uint16Array | Uint32Array {
  const buffer = fromBase64(packed.slice(1));
  return packed[0] === '4' ? new Uint32Array(buffer) : new Uint16Array(buffer);
}

/**
 * JSON with every character outside ASCII written as a `\uXXXX` escape, which JSON.parse reads back as the same
 * text: V8 stores a string in one byte per character only when every character fits in one, and this literal lives
 * as long as the content script, in every frame.
 */
export function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
