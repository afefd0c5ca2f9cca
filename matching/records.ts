/**
 * The bundled glossary's surfaces as the glossary file carries them: each distinct record (kind, flags, entries,
 * exact form) as integers, and which record each surface has. A frame makes a record's object only when the matcher
 * first meets one of its surfaces: making all 8,500 at start-up was a third of a frame's start-up work and most of
 * its heap (docs/performance.md).
 */
import { SurfaceKind, isCue, type MatchSurface, type SurfaceList } from './model';
import type { SectionData, Sections } from './sections';

const AMBIGUOUS = 1;
const TITLE = 8;
const LOCAL = 16;
const LAW_TEXT = 32;
/** `recordEntries` of a record whose entries are a list (`recordLists`). */
const LIST = 0xffffffff;

/** The distinct records of `surfaces` and which one each surface has (build time). */
export function packRecords(surfaces: readonly MatchSurface[]): Record<string, SectionData> {
  const bits: number[] = [];
  const entry: number[] = [];
  const listStart: number[] = [0];
  const lists: number[] = [];
  const exactIndex: number[] = [];
  const exactText: string[] = [];
  const recordOf = new Map<string, number>();
  const which = surfaces.map((s) => {
    const flags =
      (s.ambiguous ? AMBIGUOUS : 0) |
      (s.edges << 1) |
      (s.title ? TITLE : 0) |
      (s.local ? LOCAL : 0) |
      (s.lawText ? LAW_TEXT : 0);
    const exact = s.kind === SurfaceKind.Acronym || (isCue(s.kind) && s.exact) ? s.exact : '';
    const key = JSON.stringify([s.kind, flags, s.entries, exact]);
    let index = recordOf.get(key);
    if (index === undefined) {
      index = bits.push((flags << 8) | s.kind) - 1;
      recordOf.set(key, index);
      entry.push(s.entries.length === 1 ? s.entries[0] : LIST);
      if (s.entries.length !== 1) lists.push(...s.entries);
      listStart.push(lists.length);
      if (exact) {
        exactIndex.push(index);
        exactText.push(exact);
      }
    }
    return index;
  });
  return {
    recordBits: Uint16Array.from(bits),
    recordEntry: Uint32Array.from(entry),
    recordListStart: Uint32Array.from(listStart),
    recordLists: Uint32Array.from(lists),
    recordExactIndex: Uint32Array.from(exactIndex),
    recordExact: JSON.stringify(exactText),
    surfaces: which.some((r) => r > 0xffff) ? Uint32Array.from(which) : Uint16Array.from(which),
  };
}

/**
 * The surfaces of a glossary file, each record's object made on first use. `keep` says whether an entry is marked
 * at all: a record's entries that are not kept are left out of it, so that its text still stops a shorter term
 * inside it (see unpackBundle).
 */
export class RecordTable implements SurfaceList {
  readonly length: number;
  private readonly which: Uint16Array | Uint32Array;
  private readonly bits: Uint16Array;
  private readonly entry: Uint32Array;
  private readonly listStart: Uint32Array;
  private readonly lists: Uint32Array;
  private readonly exactIndex: Uint32Array;
  private exactText?: string[];
  private readonly objects: Array<MatchSurface | undefined>;

  /** `keep` is asked of entry indices as stored; the records give them shifted by `offset`. */
  constructor(
    private readonly sections: Sections,
    private readonly keep?: (entry: number) => boolean,
    private readonly offset = 0,
  ) {
    this.which = sections.integers('surfaces');
    this.length = this.which.length;
    this.bits = sections.u16('recordBits');
    this.entry = sections.u32('recordEntry');
    this.listStart = sections.u32('recordListStart');
    this.lists = sections.u32('recordLists');
    this.exactIndex = sections.u32('recordExactIndex');
    this.objects = new Array<MatchSurface | undefined>(this.bits.length);
  }

  get(index: number): MatchSurface {
    const record = this.which[index];
    return this.objects[record] ?? (this.objects[record] = this.make(record));
  }

  ambiguous(index: number): boolean {
    return ((this.bits[this.which[index]] >> 8) & AMBIGUOUS) === AMBIGUOUS;
  }

  lawText(index: number): boolean {
    return ((this.bits[this.which[index]] >> 8) & LAW_TEXT) === LAW_TEXT;
  }

  firstEntry(index: number): number {
    const record = this.which[index];
    const one = this.entry[record];
    if (one !== LIST) return !this.keep || this.keep(one) ? one + this.offset : -1;
    for (let i = this.listStart[record]; i < this.listStart[record + 1]; i++)
      if (!this.keep || this.keep(this.lists[i])) return this.lists[i] + this.offset;
    return -1;
  }

  private make(record: number): MatchSurface {
    const bits = this.bits[record];
    const flags = bits >> 8;
    const one = this.entry[record];
    const all = one === LIST ? [...this.lists.subarray(this.listStart[record], this.listStart[record + 1])] : [one];
    return {
      kind: (bits & 0xff) as SurfaceKind,
      entries: (this.keep ? all.filter(this.keep) : all).map((e) => e + this.offset),
      ambiguous: (flags & AMBIGUOUS) === AMBIGUOUS,
      exact: this.exact(record),
      edges: (flags >> 1) & 3,
      title: (flags & TITLE) === TITLE,
      local: (flags & LOCAL) === LOCAL,
      lawText: (flags & LAW_TEXT) === LAW_TEXT,
    };
  }

  /** The record's exact form, or ''. The few thousand exact forms are read on the first record that has one. */
  private exact(record: number): string {
    const at = this.exactIndex;
    let lo = 0;
    let hi = at.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] === record)
        return (this.exactText ??= JSON.parse(this.sections.text('recordExact')) as string[])[mid];
      if (at[mid] < record) lo = mid + 1;
      else hi = mid - 1;
    }
    return '';
  }
}
