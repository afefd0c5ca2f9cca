/**
 * The card entries as marking and cards read them: one at a time, by index or id. The bundled glossary's entries
 * are decoded one by one from the bytes of its file, when a card, a command or the popup first asks for one; the
 * whole list was parsed at the first card before (1.5 M characters of JSON: 20-100 ms, felt as a slow first hover).
 */
import type { CardEntry } from './model';
import type { Sections, SectionData } from './sections';

export interface EntryList {
  readonly length: number;
  get(index: number): CardEntry;
  /** The index of the entry with this id, or -1. */
  indexOf(id: string): number;
}

/** The entries' sections of a glossary file (build time): each entry's JSON back to back, where each ends, the ids. */
export function entrySections(entries: readonly CardEntry[]): Record<string, SectionData> {
  const encoder = new TextEncoder();
  const ends = new Uint32Array(entries.length);
  let text = '';
  let bytes = 0;
  entries.forEach((entry, i) => {
    const json = JSON.stringify(entry);
    text += json;
    bytes += encoder.encode(json).length;
    ends[i] = bytes;
  });
  return { entries: text, entryEnds: ends, entryIds: JSON.stringify(entries.map((e) => e.id)) };
}

/** The entries of a glossary file, read in place (run time). A malformed entry throws when it is read. */
export class PackedEntries implements EntryList {
  private readonly bytes: Uint8Array;
  private readonly ends: Uint32Array;
  private readonly made: (CardEntry | undefined)[] = [];
  private ids: Map<string, number> | undefined;
  private readonly decoder = new TextDecoder();

  constructor(private readonly sections: Sections) {
    this.bytes = sections.bytes('entries');
    this.ends = sections.u32('entryEnds');
  }

  get length(): number {
    return this.ends.length;
  }

  get(index: number): CardEntry {
    const made = this.made[index];
    if (made) return made;
    if (!(index >= 0 && index < this.ends.length)) throw new RangeError(`no entry ${index}`);
    const start = index ? this.ends[index - 1] : 0;
    const entry = JSON.parse(this.decoder.decode(this.bytes.subarray(start, this.ends[index]))) as CardEntry;
    this.made[index] = entry;
    return entry;
  }

  indexOf(id: string): number {
    this.ids ??= new Map((JSON.parse(this.sections.text('entryIds')) as string[]).map((x, i) => [x, i]));
    return this.ids.get(id) ?? -1;
  }
}

/** Entries already in memory (the user's terms compiled in the frame, tests). */
export class ArrayEntries implements EntryList {
  private ids: Map<string, number> | undefined;
  constructor(private readonly entries: readonly CardEntry[]) {}
  get length(): number {
    return this.entries.length;
  }
  get(index: number): CardEntry {
    const entry = this.entries[index];
    if (!entry) throw new RangeError(`no entry ${index}`);
    return entry;
  }
  indexOf(id: string): number {
    this.ids ??= new Map(this.entries.map((e, i) => [e.id, i]));
    return this.ids.get(id) ?? -1;
  }
}

/** The bundled entries, then the user's: one index space, as the matchers number them (matching/union.ts). */
export class JoinedEntries implements EntryList {
  constructor(
    private readonly first: EntryList,
    private readonly second: EntryList,
  ) {}
  get length(): number {
    return this.first.length + this.second.length;
  }
  get(index: number): CardEntry {
    const n = this.first.length;
    return index < n ? this.first.get(index) : this.second.get(index - n);
  }
  indexOf(id: string): number {
    const found = this.first.indexOf(id);
    if (found >= 0) return found;
    const theirs = this.second.indexOf(id);
    return theirs >= 0 ? this.first.length + theirs : -1;
  }
}

/** Every entry, in order (tests and tools; a page never needs them all). */
export function allEntries(list: EntryList): CardEntry[] {
  return Array.from({ length: list.length }, (_, i) => list.get(i));
}
