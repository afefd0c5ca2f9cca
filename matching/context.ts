/**
 * The document rule for ambiguous names ("CAC" could be the CAC 40 index): one is marked only where the same
 * document (a page, a file) also names a China term unambiguously. Its one home: `npm run scan` applies it to a
 * whole file's matches, the content script's mark store asks `shownIn` as the page changes.
 */
import type { Match } from './matcher';
import type { MatchSurface } from './model';

/** Whether a mark of an `ambiguous` (or not) surface is shown in a document with `unambiguous` unambiguous marks. */
export function shownIn(ambiguous: boolean, unambiguous: number): boolean {
  return !ambiguous || unambiguous > 0;
}

/** A document's matches with the rule applied. */
export function withContext<M extends Match>(matches: M[], surfaces: readonly MatchSurface[]): M[] {
  const unambiguous = matches.filter((m) => !surfaces[m.surface].ambiguous).length;
  return unambiguous ? matches : matches.filter((m) => shownIn(surfaces[m.surface].ambiguous, unambiguous));
}
