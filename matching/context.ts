/**
 * The document rule for ambiguous names ("CAC" could be the CAC 40 index): one is marked only where the same
 * document (a page, a file) also names a China term unambiguously, or where its own paragraph says it is China's
 * ("Beijing's", 我国, a China place: `Match.china`, set by the matcher); a name so confirmed counts as naming China
 * for the rest of the document. Its one home: `npm run scan` applies it to a whole file's matches, the content
 * script's mark store asks `shownIn` as the page changes.
 */
import type { Match } from './matcher';
import { asList, type MatchSurface, type SurfaceList } from './model';

/** Whether a mark that is `ambiguous` (and not confirmed by its paragraph) is shown with `unambiguous` China marks. */
export function shownIn(ambiguous: boolean, unambiguous: number): boolean {
  return !ambiguous || unambiguous > 0;
}

/** Whether a match counts as naming China: an unambiguous name, or an ambiguous one its paragraph confirms. */
export function namesChina(ambiguous: boolean, china: boolean | undefined): boolean {
  return !ambiguous || !!china;
}

/** A document's matches with the rule applied. */
export function withContext<M extends Match>(matches: M[], surfaces: readonly MatchSurface[] | SurfaceList): M[] {
  const list = asList(surfaces);
  const unambiguous = matches.filter((m) => namesChina(list.ambiguous(m.surface), m.china)).length;
  return unambiguous ? matches : matches.filter((m) => shownIn(list.ambiguous(m.surface), unambiguous));
}
