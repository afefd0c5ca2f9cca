/**
 * The glossary as the content script loads it: card fields, packed surfaces and the automaton prebuilt at build
 * time (virtual:cpl-glossary/runtime), unpacked once per page. The popup and options load the full entries instead
 * (lib/glossary-full.ts).
 */
import runtimeJson from 'virtual:cpl-glossary/runtime';
import { deserializeAutomaton } from '../glossary/automaton';
import type { CardEntry, MatchSurface, RuntimeGlossary } from '../glossary/compiled';
import { Matcher } from '../glossary/matcher';
import { ENTRY_TYPES, type EntryType } from '../glossary/schema';

export interface PageGlossary {
  entries: CardEntry[];
  surfaces: MatchSurface[];
  matcher: Matcher;
  /** The highlight each type's marks are registered under (lib/highlight-styles.ts); none: not drawn. */
  highlightNames: Record<EntryType, string | undefined>;
}

export interface PageGlossaryOptions {
  /** Whether an entry is marked at all (the reader's choice of types and statuses). */
  marks?: (entry: CardEntry) => boolean;
  highlightNames?: Record<EntryType, string | undefined>;
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
  const runtime = JSON.parse(runtimeJson) as RuntimeGlossary;
  const keep = options.marks;
  const surfaces: MatchSurface[] = runtime.kinds.map((kind, i) => {
    const e = runtime.surfaceEntries[i];
    const entries = typeof e === 'number' ? [e] : e;
    return {
      kind,
      entries: keep ? entries.filter((index) => keep(runtime.entries[index])) : entries,
      ambiguous: (runtime.flags[i] & 1) === 1,
      exact: runtime.exact[i] ?? '',
      edges: runtime.flags[i] >> 1,
    };
  });
  loaded = {
    entries: runtime.entries,
    surfaces,
    matcher: new Matcher(surfaces, deserializeAutomaton(runtime.automaton)),
    highlightNames: options.highlightNames ?? DEFAULT_NAMES,
  };
  return loaded;
}
