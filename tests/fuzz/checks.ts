/** Checks shared by the property tests. */
import { SurfaceKind, asList, type MatchSurface, type SurfaceList } from '../../matching/model';
import type { Match } from '../../matching/matcher';
import { foldString } from '../../matching/normalize';
import { splitsPair } from './fuzz';

/**
 * Checks every property of `matches` in `text`; `forms(m)` gives the folded forms the match may have.
 */
export function checkMatches(
  text: string,
  matches: readonly Match[],
  surfaces: readonly MatchSurface[] | SurfaceList,
  forms: (m: Match) => readonly string[],
): void {
  // Plain checks rather than expect(): huge inputs have tens of thousands of matches.
  const fail = (m: Match, why: string) => {
    throw new Error(`match ${JSON.stringify(m)} in a text of ${text.length}: ${why}`);
  };
  let reached = 0;
  for (const m of matches) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) fail(m, 'offsets are not integers');
    if (!(m.start >= reached && m.start < m.end && m.end <= text.length))
      fail(m, `not inside the text, in order and apart (previous ended at ${reached})`);
    if (splitsPair(text, m.start, m.end)) fail(m, 'splits a surrogate pair');
    const surface = asList(surfaces).get(m.surface);
    if (!surface) fail(m, 'no such surface');
    if (!surface.entries.includes(m.entry))
      fail(m, `entry not one of the surface's ${JSON.stringify(surface.entries)}`);
    const written = text.slice(m.start, m.end);
    const folded = foldString(written);
    const allowed = forms(m).flatMap((f) => (surface.kind === SurfaceKind.English ? [f, `${f}s`, `${f}es`] : [f]));
    if (!allowed.includes(folded))
      fail(m, `${JSON.stringify(written)} folds to ${JSON.stringify(folded)}, not one of ${JSON.stringify(allowed)}`);
    if (surface.kind === SurfaceKind.Acronym && written.normalize('NFKC') !== surface.exact)
      fail(m, `acronym ${JSON.stringify(written)} is not ${surface.exact}`);
    reached = m.end;
  }
}
