/**
 * The content script's glossary bundle, written at build time as one binary file (`glossary.bin`, in sections:
 * matching/sections.ts) and read in the page: card fields only, surfaces packed into parallel arrays, the
 * automaton prebuilt. One module packs and unpacks it, so the two cannot drift. docs/performance.md has the figures
 * behind the layout.
 */
import { buildAutomaton, fromBase64, loadAutomaton, type Automaton } from './automaton';
import {
  CARD_FIELDS,
  SurfaceKind,
  isCue,
  type CardEntry,
  type CompiledGlossary,
  type MatchSurface,
  type RuntimeGlossary,
  type SurfaceList,
} from './model';
import { RecordTable, packRecords } from './records';
import { Sections, writeSections, type SectionData } from './sections';
import { ENTRY_TYPES, STATUSES, type EntryType, type Status } from '../glossary/schema';

/** Where the build puts the bundle in the extension, and where frames fetch it from. */
export const BUNDLE_FILE = 'glossary.bin';

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

/** What marking needs of an entry, known without parsing the entries. */
export interface EntryKind {
  type: EntryType;
  status: Status;
}

/** An entry's type and status as one integer (`packKinds`). */
function entryKind(entry: EntryKind): number {
  return (ENTRY_TYPES.indexOf(entry.type) << 4) | STATUSES.indexOf(entry.status);
}

/** Entries' types and statuses for a stored JSON form (user-terms/packed.ts), read back with `unpackIndices`. */
export function packKinds(entries: readonly EntryKind[]): string {
  return packIndices(entries.map(entryKind));
}

/** Each entry's type and status, decoded from `packKinds` on demand. */
export class EntryKinds {
  constructor(private readonly codes: Uint16Array | Uint32Array) {}
  get length(): number {
    return this.codes.length;
  }
  type(index: number): EntryType {
    return ENTRY_TYPES[this.codes[index] >> 4];
  }
  status(index: number): Status {
    return STATUSES[this.codes[index] & 15];
  }
  kind(index: number): EntryKind {
    return { type: this.type(index), status: this.status(index) };
  }
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
    automaton: buildAutomaton(glossary.surfaces.map((s) => s.folded)),
  };
}

/**
 * The bundle's file (build time). Read in place by `unpackBundle`: the automaton's arrays as they are, the surfaces'
 * records and the entries as JSON, the entries parsed only on first use.
 */
export function packBundle(glossary: CompiledGlossary): Uint8Array<ArrayBuffer> {
  return writeSections(bundleSections(glossary));
}

/** The bundle file's sections, by name. */
export function bundleSections(glossary: CompiledGlossary): Record<string, SectionData> {
  const { entries, automaton: a } = runtimeGlossary(glossary);
  return {
    units: a.units,
    childStart: a.childStart,
    fail: a.fail,
    surfaceState: a.surfaceState,
    surfaceLength: a.surfaceLength,
    ...packRecords(glossary.surfaces),
    kinds: Uint16Array.from(entries, entryKind),
    entries: JSON.stringify(entries),
  };
}

export interface UnpackedBundle {
  /** The card entries, parsed the first time this is called. */
  entries: () => CardEntry[];
  kinds: EntryKinds;
  surfaces: SurfaceList;
  automaton: Automaton;
}

/**
 * The bundle as the matcher needs it (run time), from the bytes of its file. `keep` says whether an entry is marked
 * at all: the surfaces of one that is not keep no entry, like exclusions, so that their text still stops a shorter
 * term inside it. `lap`, if given, is called after each step with its name (start-up timings).
 */
export function unpackBundle(
  file: ArrayBuffer,
  keep?: (entry: EntryKind) => boolean,
  lap: (step: string) => void = () => undefined,
): UnpackedBundle {
  const sections = new Sections(file);
  const kinds = new EntryKinds(sections.u16('kinds'));
  const surfaces = new RecordTable(sections, keep && keptEntries(kinds, keep));
  lap('surfaces');
  const automaton = loadAutomaton({
    units: sections.u16('units'),
    childStart: sections.u32('childStart'),
    fail: sections.u32('fail'),
    surfaceState: sections.u32('surfaceState'),
    surfaceLength: sections.u16('surfaceLength'),
  });
  lap('automaton');
  return { entries: once(() => JSON.parse(sections.text('entries')) as CardEntry[]), kinds, surfaces, automaton };
}

/** Whether each entry is kept, asked once per entry rather than once per record that names it. */
export function keptEntries(kinds: EntryKinds, keep: (entry: EntryKind) => boolean): (index: number) => boolean {
  const kept = new Uint8Array(kinds.length);
  for (let i = 0; i < kept.length; i++) kept[i] = keep(kinds.kind(i)) ? 1 : 0;
  return (index) => kept[index] === 1;
}

/** `make`'s result, made on the first call and kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Surfaces from their packed records and record indices, the record objects shared. Entry indices are shifted by
 * `offset`; an entry that `keep` refuses (by its unshifted index) is left out of the surfaces' entries.
 */
export function unpackSurfaces(
  records: string,
  which: Uint16Array | Uint32Array,
  offset: number,
  keep?: (index: number) => boolean,
): MatchSurface[] {
  const packed = JSON.parse(records) as PackedRecord[];
  const objects = new Array<MatchSurface>(packed.length);
  // Indexed loops, no destructuring or callbacks: this runs once per frame, in cold code, where those cost several
  // times more (docs/performance.md).
  for (let i = 0; i < packed.length; i++) {
    const record = packed[i];
    const e = record[2];
    const flags = record[1];
    let entries = typeof e === 'number' ? [e] : e;
    if (keep || offset) {
      const kept: number[] = [];
      for (let k = 0; k < entries.length; k++) if (!keep || keep(entries[k])) kept.push(entries[k] + offset);
      entries = kept;
    }
    objects[i] = {
      kind: record[0],
      entries,
      ambiguous: (flags & AMBIGUOUS) === AMBIGUOUS,
      exact: record[3] ?? '',
      edges: (flags >> 1) & 3,
      title: (flags & TITLE) === TITLE,
    };
  }
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

export function unpackIndices(packed: string): Uint16Array | Uint32Array {
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
