/**
 * The glossary as the content script matches with it: the bundle prebuilt at build time (its file,
 * platform/glossary-file.ts), unpacked by matching/bundle.ts, with the user's own terms after the bundled
 * entries. The popup and options load the full entries instead (glossary/bundled.ts).
 */
import { unpackBundle, type EntryKind } from '../../matching/bundle';
import { ArrayEntries, JoinedEntries, type EntryList } from '../../matching/entries';
import { Matcher, type TextMatcher } from '../../matching/matcher';
import { MatcherUnion } from '../../matching/union';
import type { SurfaceList } from '../../matching/model';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { userGlossary, type StoredUserGlossary, type UserGlossary } from '../../user-terms/compile';
import { unpackUserTerms } from '../../user-terms/packed';
import type { UserTerm } from '../../user-terms/schema';

export interface PageGlossary {
  /**
   * The bundled entries, then the user's own terms: each parsed the first time it is read (a card, a command, the
   * popup's list), not at start-up, where they were the largest share of a frame's work and heap.
   */
  readonly entries: EntryList;
  /** An entry's type, read without the entries: what marking needs. */
  typeOf(entry: number): EntryType;
  surfaces: SurfaceList;
  matcher: TextMatcher;
  /** The highlight each type's marks are registered under (platform/highlight-styles.ts); none: not drawn. */
  highlightNames: Record<EntryType, string | undefined>;
  /** How long each step of building it took, ms (read by `npm run bench` through `__cpl`). */
  timings: Record<string, number>;
}

export interface PageGlossaryOptions {
  /** The bytes of the bundled glossary's file (`fetchGlossaryFile`). */
  file: ArrayBuffer;
  /** Whether an entry is marked at all (the reader's choice of types and statuses). */
  marks?: (entry: EntryKind) => boolean;
  highlightNames?: Record<EntryType, string | undefined>;
  /** The user's own terms, marked like bundled ones... */
  userTerms?: readonly UserTerm[];
  /** ... or the file of their compiled form as stored when they were saved (`packedFile`), which loads far faster. */
  userTermsFile?: ArrayBuffer;
}

const DEFAULT_NAMES = Object.fromEntries(ENTRY_TYPES.map((t) => [t, `cpl-${t}`])) as Record<EntryType, string>;

/**
 * Unpacks the bundled glossary: called once per frame, when the frame is to be marked (a page where the extension
 * is off never pays for it). Entries the reader chose not to mark keep their surfaces with no entry (see unpackBundle).
 */
export function pageGlossary(options: PageGlossaryOptions): PageGlossary {
  const keep = options.marks;
  const timings: Record<string, number> = {};
  let at = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - at;
    at = now;
  };
  const bundled = unpackBundle(options.file, keep, lap);
  const bundledMatcher = new Matcher(bundled.surfaces, bundled.automaton);
  lap('matcher');
  let entries: EntryList = bundled.entries;
  let matcher: TextMatcher = bundledMatcher;
  const offset = bundled.kinds.length;
  let typeOf = (i: number) => bundled.kinds.type(i);
  let user: UserGlossary | StoredUserGlossary | undefined;
  let userEntries: EntryList | undefined;
  if (options.userTermsFile) {
    user = unpackUserTerms(options.userTermsFile, offset, keep);
    userEntries = user.entries;
  } else if (options.userTerms?.length) {
    const compiled = userGlossary(options.userTerms, offset);
    const surfaces = keep
      ? compiled.surfaces.map((s) => ({ ...s, entries: s.entries.filter((i) => keep(compiled.entries[i - offset])) }))
      : compiled.surfaces;
    user = { ...compiled, surfaces };
    userEntries = new ArrayEntries(compiled.entries);
  }
  if (user && userEntries) {
    const theirs = user;
    entries = new JoinedEntries(bundled.entries, userEntries);
    typeOf = (i) => (i < offset ? bundled.kinds.type(i) : theirs.kinds.type(i - offset));
    matcher = new MatcherUnion(bundledMatcher, new Matcher(user.surfaces, user.automaton));
    lap('userTerms');
  }
  const highlightNames = options.highlightNames ?? DEFAULT_NAMES;
  return {
    entries,
    typeOf,
    surfaces: matcher.surfaces,
    matcher,
    highlightNames,
    timings,
  };
}

/**
 * What a card asks of the glossary about the entries it links to, by id (the ids' index is read on the first card
 * that names one).
 */
export function relatedEntries(glossary: PageGlossary) {
  const entryOf = (id: string) => {
    const index = glossary.entries.indexOf(id);
    return index < 0 ? undefined : glossary.entries.get(index);
  };
  return {
    nameOf: (id: string) => entryOf(id)?.acronyms?.[0] ?? entryOf(id)?.en,
    entryOf,
  };
}
