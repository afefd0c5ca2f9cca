/**
 * The content script's glossary bundle, written at build time as one binary file (`glossary.bin`, in sections:
 * matching/sections.ts) and read in the page: card fields only, surfaces packed into parallel arrays, the
 * automaton prebuilt. One module packs and unpacks it, so the two cannot drift. docs/performance.md has the figures
 * behind the layout.
 */
import { buildAutomaton, loadAutomaton, type Automaton } from './automaton';
import {
  CARD_FIELDS,
  type CardEntry,
  type CompiledGlossary,
  type MatchSurface,
  type RuntimeGlossary,
  type SurfaceList,
} from './model';
import { RecordTable, packRecords } from './records';
import { entrySections, PackedEntries, type EntryList } from './entries';
import { Sections, writeSections, type SectionData } from './sections';
import { ENTRY_TYPES, STATUSES, type EntryType, type Status } from '../glossary/schema';

/** Where the build puts the bundle in the extension, and where frames fetch it from. */
export const BUNDLE_FILE = 'glossary.bin';
/** The full entries' index, for the popup and the background (glossary/bundled.ts); its parts are named after it. */
export const ENTRIES_FILE = 'glossary-entries.json';

/** What marking needs of an entry, known without parsing the entries. */
export interface EntryKind {
  type: EntryType;
  status: Status;
}

/** An entry's type and status as one integer (the `kinds` section). */
function entryKind(entry: EntryKind): number {
  return (ENTRY_TYPES.indexOf(entry.type) << 4) | STATUSES.indexOf(entry.status);
}

/** Each entry's type and status, decoded from the `kinds` section on demand. */
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

/** The fields of an entry that a card shows (the bundled glossary's, and the user's terms'). */
export function cardOf(entry: object): CardEntry {
  const full = entry as Record<string, unknown>;
  const card: Record<string, unknown> = {};
  for (const field of CARD_FIELDS) if (full[field] !== undefined) card[field] = full[field];
  return card as unknown as CardEntry;
}

/** The run-time glossary of a compiled one (build time). */
export function runtimeGlossary(glossary: CompiledGlossary): RuntimeGlossary {
  return {
    entries: glossary.entries.map(cardOf),
    automaton: buildAutomaton(glossary.surfaces.map((s) => s.folded)),
  };
}

/**
 * The bundle's file (build time). Read in place by `unpackBundle`: the automaton's arrays as they are, the surfaces'
 * records and the entries as JSON, each entry parsed on its first use.
 */
export function packBundle(glossary: CompiledGlossary): Uint8Array<ArrayBuffer> {
  return writeSections(bundleSections(glossary));
}

/** The bundle file's sections, by name. */
export function bundleSections(glossary: CompiledGlossary): Record<string, SectionData> {
  const { entries, automaton } = runtimeGlossary(glossary);
  return glossarySections(entries, glossary.surfaces, automaton);
}

/**
 * A glossary's sections: the bundled one's, or the user's terms compiled when saved (user-terms/packed.ts), which
 * are read the same way.
 */
export function glossarySections(
  entries: readonly CardEntry[],
  surfaces: readonly MatchSurface[],
  a: Automaton,
): Record<string, SectionData> {
  return {
    units: a.units,
    childStart: a.childStart,
    fail: a.fail,
    surfaceState: a.surfaceState,
    surfaceLength: a.surfaceLength,
    ends: a.ends,
    ...packRecords(surfaces),
    kinds: Uint16Array.from(entries, entryKind),
    ...entrySections(entries),
  };
}

export interface UnpackedBundle {
  /** The card entries, each parsed the first time it is read. */
  entries: EntryList;
  kinds: EntryKinds;
  surfaces: SurfaceList;
  automaton: Automaton;
}

/**
 * The bundle as the matcher needs it (run time), from the bytes of its file. `keep` says whether an entry is marked
 * at all: the surfaces of one that is not keep no entry, like exclusions, so that their text still stops a shorter
 * term inside it. `lap`, if given, is called after each step with its name (start-up timings). Entry indices are
 * shifted by `offset` (the user's terms come after the bundled entries).
 */
export function unpackBundle(
  file: ArrayBuffer,
  keep?: (entry: EntryKind) => boolean,
  lap: (step: string) => void = () => undefined,
  offset = 0,
): UnpackedBundle {
  const sections = new Sections(file);
  const kinds = new EntryKinds(sections.u16('kinds'));
  const surfaces = new RecordTable(sections, keep && keptEntries(kinds, keep), offset);
  lap('surfaces');
  const automaton = loadAutomaton({
    units: sections.u16('units'),
    childStart: sections.u32('childStart'),
    fail: sections.u32('fail'),
    surfaceState: sections.u32('surfaceState'),
    surfaceLength: sections.u16('surfaceLength'),
    ends: sections.u32('ends'),
  });
  lap('automaton');
  return { entries: new PackedEntries(sections), kinds, surfaces, automaton };
}

/** Whether each entry is kept, asked once per entry rather than once per record that names it. */
function keptEntries(kinds: EntryKinds, keep: (entry: EntryKind) => boolean): (index: number) => boolean {
  const kept = new Uint8Array(kinds.length);
  for (let i = 0; i < kept.length; i++) kept[i] = keep(kinds.kind(i)) ? 1 : 0;
  return (index) => kept[index] === 1;
}
