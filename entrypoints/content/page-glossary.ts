/**
 * The glossary as the content script loads it: card fields, packed surfaces and the automaton prebuilt at build
 * time (virtual:cpl-glossary/runtime), unpacked once per page. The popup and options load the full entries instead
 * (glossary/bundled.ts).
 */
import runtimeBundle from 'virtual:cpl-glossary/runtime';
import { deserializeAutomaton } from '../../matching/automaton';
import type { CardEntry, MatchSurface, RuntimeGlossary } from '../../matching/model';
import { Matcher, MatcherUnion, type TextMatcher } from '../../matching/matcher';
import { userGlossary } from '../../user-terms/compile';
import type { UserTerm } from '../../user-terms/schema';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';

export interface PageGlossary {
  /** The bundled entries, then the user's own terms. */
  entries: CardEntry[];
  surfaces: readonly MatchSurface[];
  matcher: TextMatcher;
  /** The highlight each type's marks are registered under (platform/highlight-styles.ts); none: not drawn. */
  highlightNames: Record<EntryType, string | undefined>;
}

export interface PageGlossaryOptions {
  /** Whether an entry is marked at all (the reader's choice of types and statuses). */
  marks?: (entry: CardEntry) => boolean;
  highlightNames?: Record<EntryType, string | undefined>;
  /** The user's own terms, marked like bundled ones. */
  userTerms?: readonly UserTerm[];
}

const DEFAULT_NAMES = Object.fromEntries(ENTRY_TYPES.map((t) => [t, `cpl-${t}`])) as Record<EntryType, string>;

let loaded: PageGlossary | undefined;

/**
 * Unpacks the bundled glossary on first use (a page where the extension is off never pays for it). Entries the
 * reader chose not to mark keep their surfaces in the automaton with no entry, like exclusions: their text is still
 * matched, so that a hidden law's title does not leave a shorter term inside it marked, and is then dropped.
 */
export function pageGlossary(options: PageGlossaryOptions = {}): PageGlossary {
  if (loaded) return loaded;
  const runtime = JSON.parse(runtimeBundle.json) as Omit<RuntimeGlossary, 'automaton'>;
  const keep = options.marks;
  const kept = (entries: readonly CardEntry[], indices: number[], offset = 0) => (keep ? indices.filter((index) => keep(entries[index - offset])) : indices);
  const surfaces: MatchSurface[] = runtime.kinds.map((kind, i) => {
    const e = runtime.surfaceEntries[i];
    const entries = typeof e === 'number' ? [e] : e;
    return {
      kind,
      entries: kept(runtime.entries, entries),
      ambiguous: (runtime.flags[i] & 1) === 1,
      exact: runtime.exact[i] ?? '',
      edges: runtime.flags[i] >> 1,
    };
  });
  const bundled = new Matcher(surfaces, deserializeAutomaton(runtimeBundle.automaton));
  let entries = runtime.entries;
  let matcher: TextMatcher = bundled;
  if (options.userTerms?.length) {
    const offset = runtime.entries.length;
    const user = userGlossary(options.userTerms, offset);
    const userSurfaces = user.surfaces.map((s) => ({ ...s, entries: kept(user.entries, s.entries, offset) }));
    entries = [...runtime.entries, ...user.entries];
    matcher = new MatcherUnion(bundled, new Matcher(userSurfaces, user.automaton));
  }
  loaded = { entries, surfaces: matcher.surfaces, matcher, highlightNames: options.highlightNames ?? DEFAULT_NAMES };
  return loaded;
}
