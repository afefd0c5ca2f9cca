/**
 * Matches as the matcher returns them in its hot loop: parallel typed arrays reused from call to call, so that a
 * 5 MB page does not allocate an object per match; `toMatches` turns them into objects where that does not matter.
 */
import { CHINA, LAW_TEXT } from './context';
import type { Match } from './matcher';

/** Matches as parallel arrays (`count` of them are valid), filled by `Matcher.scan`. */
export class MatchList {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  surface = new Int32Array(64);
  entry = new Int32Array(64);
  /** Bits of what the match's paragraph says (matching/context.ts): CHINA for `Match.china`, LAW_TEXT for `Match.law`. */
  flags = new Uint8Array(64);

  /** Adds a match; its flags are left as they were: `setFlags` them where it matters (the scan's hot loop). */
  push(start: number, end: number, surface: number, entry: number): void {
    if (this.count === this.start.length) {
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.surface = grow(this.surface);
      this.entry = grow(this.entry);
      const f = new Uint8Array(this.flags.length * 2);
      f.set(this.flags);
      this.flags = f;
    }
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.surface[i] = surface;
    this.entry[i] = entry;
  }

  setFlags(i: number, flags: number): void {
    this.flags[i] = flags;
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export function toMatches(list: MatchList): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < list.count; i++) {
    const m: Match = { start: list.start[i], end: list.end[i], surface: list.surface[i], entry: list.entry[i] };
    if (list.flags[i] & CHINA) m.china = true;
    if (list.flags[i] & LAW_TEXT) m.law = true;
    out.push(m);
  }
  return out;
}

/**
 * Adds each entry not yet in `list`: the matcher's lists of entries a cue or a preference speaks for are searched per
 * match, and a text repeating a cue (行政院卫生署 ×15,000) must not make them grow with it.
 */
export function addOnce(list: number[], entries: readonly number[]): void {
  for (const e of entries) if (!list.includes(e)) list.push(e);
}
