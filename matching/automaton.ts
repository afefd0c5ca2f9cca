/**
 * The Aho–Corasick automaton as flat typed arrays, built once at build time and loaded by the content script with
 * its arrays used in place: building a trie at page load would spend the start-up budget (docs/performance.md,
 * "Measured in earlier versions").
 *
 * States are numbered breadth-first with each state's children contiguous and sorted by code unit, so a transition
 * is a binary search among a state's children and no transition table needs storing. What is stored per state: the
 * code unit on the edge into it, where its children start and its failure link; per surface, the state at which it
 * ends and its length; and the surfaces in the order of the states they end at (`ends`), which stands in for a
 * per-state output table. Only a direct table for the root's transitions is made on load; where a state's output
 * chain starts (`emit`) is worked out the first time the matcher reaches the state (`emitOf`): a page reaches a small
 * share of the states, and filling per-state tables on load was most of a frame's start-up (docs/performance.md).
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
  /**
   * Surface indices by the state they end at, and at one state the later index first (it wins the state's output;
   * surfaces of different kinds can fold alike: "xitong").
   */
  ends: Uint32Array;
  // Made on load:
  /**
   * Per state, where in `ends` the surfaces of the first state with any start, along the state's failure chain from
   * itself: 0 not worked out yet (a fresh array is all zeros: nothing to fill on load), 1 none, else index + 2.
   */
  emit: Uint32Array;
  /** Root transitions by code unit (0: none). */
  root: Uint32Array;
  longest: number;
}

const UNKNOWN = 0;
const NONE = 1;

/** What is kept of an automaton (the glossary file holds these arrays as they are). */
export type StoredAutomaton = Pick<
  Automaton,
  'units' | 'childStart' | 'fail' | 'surfaceState' | 'surfaceLength' | 'ends'
>;

/** The automaton of its stored arrays, used in place (run time). */
export function loadAutomaton(s: StoredAutomaton): Automaton {
  return derive(s.units, s.childStart, s.fail, s.surfaceState, s.surfaceLength, s.ends);
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
  const byState = Uint32Array.from(surfaces.keys()).sort((x, y) => surfaceState[x] - surfaceState[y] || y - x);
  const partial = derive(units, childStart, new Uint32Array(n), surfaceState, surfaceLength, byState);
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
  return derive(units, childStart, fail, surfaceState, surfaceLength, byState);
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
  ends: Uint32Array,
): Automaton {
  const root = new Uint32Array(0x10000);
  for (let c = childStart[0]; c < childStart[1]; c++) root[units[c]] = c;
  const emit = new Uint32Array(units.length);
  emit[0] = NONE;
  // Breadth-first numbering puts the deepest end state last.
  const longest = ends.length ? Math.max(1, surfaceLength[ends[ends.length - 1]]) : 1;
  return { units, childStart, fail, surfaceState, surfaceLength, ends, emit, root, longest };
}

/** Where the surfaces ending at state `s` start in `ends`, or -1 (a binary search: once per state reached). */
function firstEnd(a: Automaton, s: number): number {
  const { ends, surfaceState } = a;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (surfaceState[ends[mid]] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && surfaceState[ends[lo]] === s ? lo : -1;
}

/**
 * The index in `ends` of the first surface ending at state `s` or, failing that, along its failure chain; -1 for
 * none. Worked out the first time for `s` and the states on its chain, which is walked twice rather than
 * recursively: failure chains are as long as the longest name.
 */
export function emitOf(a: Automaton, s: number): number {
  const code = a.emit[s];
  return code === UNKNOWN ? resolveEmit(a, s) : code - 2;
}

function resolveEmit(a: Automaton, s: number): number {
  const { emit, fail } = a;
  let known = s;
  let code = emit[known];
  while (code === UNKNOWN) {
    const first = firstEnd(a, known);
    if (first >= 0) code = first + 2;
    else {
      known = fail[known];
      code = emit[known];
    }
  }
  for (let t = s; t !== known; t = fail[t]) emit[t] = code;
  emit[known] = code;
  return code - 2;
}
