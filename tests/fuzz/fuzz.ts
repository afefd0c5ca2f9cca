/**
 * Shared settings of the property tests (tests/fuzz/*.fuzz.ts). The same files run in two suites: `npx vitest run`
 * (the unit suite, vitest.config.ts) with FUZZ_RUNS unset, 200 cases a property, so `npm test` exercises them in
 * seconds; `npm run fuzz` (vitest.fuzz.config.ts) with FUZZ_RUNS=10000. FUZZ_SEED replays a failure that fast-check
 * reported ("seed: …, path: …"); FUZZ_PATH with it goes straight to the shrunk counterexample.
 */
import type fc from 'fast-check';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 200;

export function fuzzParams<T>(): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return { numRuns: FUZZ_RUNS, ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}

/**
 * The time one call may take for an input of `size` UTF-16 code units: 1 s, plus 10 µs a unit. Generous enough not to
 * flake on a loaded 2-core machine with GC pauses (the matcher runs at about 35 ns a unit, htmlparser2 at about 2 µs
 * on deeply nested markup), tight enough that anything quadratic in the input fails on the huge inputs, whose
 * square is 10^10 steps and more.
 */
const timeBoundMs = (size: number) => 1000 + size * 0.01;

/** Runs `f`, failing if it takes longer than the bound for `size`; returns what `f` returned. */
export function timed<T>(size: number, f: () => T, what = 'call'): T {
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  if (ms > timeBoundMs(size))
    throw new Error(
      `${what} took ${ms.toFixed(0)} ms on ${size} code units (bound ${timeBoundMs(size).toFixed(0)} ms)`,
    );
  return out;
}

/** A vitest timeout for a property test of FUZZ_RUNS cases at `msPerCase` each (10 s at least). */
export const testTimeout = (msPerCase: number) => Math.max(10_000, FUZZ_RUNS * msPerCase);

/** Whether [start, end) cuts a surrogate pair of `text` at either end. */
export function splitsPair(text: string, start: number, end: number): boolean {
  const high = (i: number) => i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800;
  const low = (i: number) => i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  return (high(start - 1) && low(start)) || (high(end - 1) && low(end));
}
