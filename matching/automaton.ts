/**
 * The Aho–Corasick automaton as flat typed arrays, built once at build time and loaded by the content script with
 * its arrays used in place: building a trie at page load would spend the start-up budget (docs/performance.md,
 * "Measured in earlier versions").
 *
 * States are numbered breadth-first with each state's children contiguous and sorted by code unit, so a transition
 * is a binary search among a state's children and no transition table needs storing. What is stored per state: the
 * code unit on the edge into it, where its children start and its failure link; per surface, the state at which it
 * ends and its length. The surface ending at each state and a direct table for the root's transitions are derived
 * on load; where a state's output chain starts (`emit`) is worked out the first time the matcher reaches the state
 * (`emitOf`), since a page reaches a small share of the states and the pass over all of them was most of a frame's
 * start-up.
 */

export interface Automaton {
  /** Code unit on the edge into each state (state 0, the root, has none). */
  units: Uint16Array;
  /** Where each state's children start, and so (at the next state's) where they end: one more than the states. */
  childStart: Uint32Array;
  fail: Uint32Array;
  /** The state at which each surface ends, by surface index. */
  surfaceState: Uint32Array;
  /** Each surface's length in folded code units (the depth of its state). */
  surfaceLength: Uint16Array;
  // Derived on load:
  /** A surface ending exactly at each state, or -1; others ending there follow through `sameState`. */
  output: Int32Array;
  /** Next surface ending at the same state (surfaces of different kinds can fold alike: "xitong"), or -1. */
  sameState: Int32Array;
  /**
   * The state itself if a surface ends there, else the nearest state along its failure chain where one does, or 0:
   * one load per character in the matcher's loop. `UNKNOWN` until `emitOf` has worked it out.
   */
  emit: Uint32Array;
  /** Root transitions by code unit (0: none). */
  root: Uint32Array;
  longest: number;
}

/** `emit` of a state not yet reached. */
const UNKNOWN = 0xffffffff;

/** What is kept of an automaton (the glossary file holds these arrays as they are). */
export type StoredAutomaton = Pick<Automaton, 'units' | 'childStart' | 'fail' | 'surfaceState' | 'surfaceLength'>;

/** The automaton of its stored arrays, used in place (run time). */
export function loadAutomaton(s: StoredAutomaton): Automaton {
  return derive(s.units, s.childStart, s.fail, s.surfaceState, s.surfaceLength);
}

/** Builds the automaton over folded surfaces (duplicates allowed: the later index wins the state's output). */
export function buildAutomaton(surfaces: readonly string[]): Automaton {
  // A trie with maps, then renumbered breadth-first.
  const kids: Array<Map<number, number>> = [new Map()];
  const ends: number[] = [];
  surfaces.forEach((text, index) => {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      let to = kids[s].get(u);
      if (to === undefined) {
        to = kids.length;
        kids.push(new Map());
        kids[s].set(u, to);
      }
      s = to;
    }
    ends[index] = s;
  });
  const order: number[] = [0];
  const unitOf: number[] = [0];
  const renumber = new Int32Array(kids.length);
  for (let head = 0; head < order.length; head++) {
    const old = order[head];
    for (const [u, child] of [...kids[old]].sort((a, b) => a[0] - b[0])) {
      renumber[child] = order.length;
      order.push(child);
      unitOf.push(u);
    }
  }
  const n = order.length;
  const units = Uint16Array.from(unitOf);
  const childStart = startsOf(Uint16Array.from(order, (old) => kids[old].size));
  const surfaceState = Uint32Array.from(ends.map((s) => renumber[s]));
  const surfaceLength = Uint16Array.from(surfaces, (text) => text.length);
  const partial = derive(units, childStart, new Uint32Array(n), surfaceState, surfaceLength);
  // Failure links, breadth first (parents before children): the longest proper suffix that is also a prefix.
  const fail = new Uint32Array(n);
  for (let s = 1; s < n; s++) {
    for (let c = childStart[s]; c < childStart[s + 1]; c++) {
      let f = fail[s];
      let to = -1;
      while ((to = step(partial, f, units[c])) < 0 && f !== 0) f = fail[f];
      fail[c] = s === 0 || to < 0 || to === c ? 0 : to;
    }
  }
  // Children of the root fail to the root (already 0).
  return derive(units, childStart, fail, surfaceState, surfaceLength);
}

/** Where each state's children start, from their numbers (breadth-first order: the root's children are 1...). */
function startsOf(childCount: Uint16Array): Uint32Array {
  const childStart = new Uint32Array(childCount.length + 1);
  let next = 1;
  for (let s = 0; s < childCount.length; s++) {
    childStart[s] = next;
    next += childCount[s];
  }
  childStart[childCount.length] = next;
  return childStart;
}

type Core = Pick<Automaton, 'units' | 'childStart' | 'root'>;

/** The state reached from `s` on unit `u`, or -1. */
function step(a: Core, s: number, u: number): number {
  if (s === 0) return a.root[u] || -1;
  let lo = a.childStart[s];
  let hi = a.childStart[s + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a.units[mid];
    if (v === u) return mid;
    if (v < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function derive(
  units: Uint16Array,
  childStart: Uint32Array,
  fail: Uint32Array,
  surfaceState: Uint32Array,
  surfaceLength: Uint16Array,
): Automaton {
  const n = units.length;
  const root = new Uint32Array(0x10000);
  for (let c = childStart[0]; c < childStart[1]; c++) root[units[c]] = c;
  const output = new Int32Array(n).fill(-1);
  const sameState = new Int32Array(surfaceState.length).fill(-1);
  let longest = 1;
  for (let surface = 0; surface < surfaceState.length; surface++) {
    const state = surfaceState[surface];
    sameState[surface] = output[state];
    output[state] = surface;
    if (surfaceLength[surface] > longest) longest = surfaceLength[surface];
  }
  const emit = new Uint32Array(n).fill(UNKNOWN);
  emit[0] = 0;
  return { units, childStart, fail, surfaceState, surfaceLength, output, sameState, emit, root, longest };
}

/**
 * `emit` of state `s`, working it out (and that of the states on its failure chain) the first time. The chain
 * is walked twice rather than recursively: failure chains are as long as the longest name.
 */
export function emitOf(a: Automaton, s: number): number {
  const emit = a.emit;
  return emit[s] === UNKNOWN ? resolveEmit(a, s) : emit[s];
}

function resolveEmit(a: Automaton, s: number): number {
  const { emit, fail, output } = a;
  let known = s;
  while (emit[known] === UNKNOWN && output[known] < 0) known = fail[known];
  const found = emit[known] === UNKNOWN ? known : emit[known];
  for (let t = s; t !== known; t = fail[t]) emit[t] = found;
  emit[known] = found;
  return found;
}
