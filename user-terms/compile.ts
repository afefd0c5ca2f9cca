/**
 * The user's terms as the content script's matcher needs them, built at run time (they change without a rebuild),
 * with the bundled glossary's surface rules (matching/surfaces.ts) less what needs OpenCC, which is too big to ship
 * in the content script: the user's own zhTrad and zhAlt are matched instead. User terms have no ambiguity,
 * exclusions or cues. Entry indices start at `offset`, after the bundled entries, so one index space serves both.
 */
import type { EntryList } from '../matching/entries';
import type { Automaton } from '../matching/automaton';
import type { EntryKinds } from '../matching/bundle';
import type { CardEntry, MatchSurface, SurfaceList } from '../matching/model';
import { compileNames } from '../matching/surfaces';
import { userEntry } from './entries';
import type { UserTerm } from './schema';

export interface UserGlossary {
  /** Card entries of the user's terms, in their order; entry `i` here has index `offset + i` in matches. */
  entries: CardEntry[];
  /** Their types and statuses, readable without the entries (which a stored form parses on first use). */
  kinds: Pick<EntryKinds, 'type'>;
  surfaces: MatchSurface[];
  automaton: Automaton;
}

/** The user's glossary as read from its stored form: surfaces as a list whose records are made on use. */
export type StoredUserGlossary = Omit<UserGlossary, 'surfaces' | 'entries'> & {
  surfaces: SurfaceList;
  entries: EntryList;
};

export function userGlossary(terms: readonly UserTerm[], offset: number): UserGlossary {
  const entries = terms.map(userEntry);
  return { entries, kinds: { type: (i) => entries[i].type }, ...compileNames(terms, offset) };
}
