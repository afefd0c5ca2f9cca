/**
 * The document rules for names that need more than themselves to be marked. An ambiguous name ("CAC" could be the
 * CAC 40 index) is marked only where the same document (a page, a file) also names a China term unambiguously, or
 * where its own paragraph says it is China's ("Beijing's", 我国, a China place: `Match.china`, set by the matcher); a
 * name so confirmed counts as naming China for the rest of the document. A law-only name (重伤, `markedInLaw`) is
 * marked only in a document where one such name stands in a paragraph of a law's own text (`Match.law`): the items of
 * a definitions article (（一）重伤，是指…) have no article number of their own. Their one home: `npm run scan` applies
 * them to a whole file's matches, the content script's mark store asks `shownIn` as the page changes.
 */
import type { Match } from './matcher';
import { asList, type MatchSurface, type SurfaceList } from './model';

/** Bits of a match's flags (`MatchList.flags`, the mark store's): its paragraph says China; is a law's own text. */
export const CHINA = 1;
export const LAW_TEXT = 2;

/**
 * Whether a mark is shown: one that is `ambiguous` (and not confirmed by its paragraph) with `unambiguous` China marks
 * in the document; one that is `lawOnly` with `lawText` law-only marks confirmed by their paragraphs.
 */
export function shownIn(ambiguous: boolean, unambiguous: number, lawOnly = false, lawText = 0): boolean {
  return (!ambiguous || unambiguous > 0) && (!lawOnly || lawText > 0);
}

/**
 * Whether a match counts as naming China: an unambiguous name, or an ambiguous one its paragraph confirms; a law-only
 * name only where its paragraph is a law's text (in a news report 重伤 says nothing about whose).
 */
export function namesChina(ambiguous: boolean, china: boolean | undefined, lawOnly = false, law = false): boolean {
  return (!ambiguous || !!china) && (!lawOnly || law);
}

/** A document's matches with the rules applied. */
export function withContext<M extends Match>(matches: M[], surfaces: readonly MatchSurface[] | SurfaceList): M[] {
  const list = asList(surfaces);
  const lawText = matches.filter((m) => m.law).length;
  // Each match's own confirmation, worked out once: it both counts for the others and shows the match itself.
  const confirmed = matches.map((m) => namesChina(list.ambiguous(m.surface), m.china, list.lawText(m.surface), m.law));
  const unambiguous = confirmed.filter(Boolean).length;
  return matches.filter(
    (m, i) => confirmed[i] || shownIn(list.ambiguous(m.surface), unambiguous, list.lawText(m.surface), lawText),
  );
}
