/**
 * The glossary as the content script loads it: card fields, packed surfaces and the automaton prebuilt at build
 * time (virtual:cpl-glossary/runtime), unpacked once per page. The popup and options load the full entries instead
 * (lib/glossary-full.ts).
 */
import runtimeJson from 'virtual:cpl-glossary/runtime';
import { deserializeAutomaton } from '../glossary/automaton';
import type { CardEntry, MatchSurface, RuntimeGlossary } from '../glossary/compiled';
import { Matcher } from '../glossary/matcher';

export interface PageGlossary {
  entries: CardEntry[];
  surfaces: MatchSurface[];
  matcher: Matcher;
}

let loaded: PageGlossary | undefined;

/** Unpacks the bundled glossary on first use (a page where the extension is off never pays for it). */
export function pageGlossary(): PageGlossary {
  if (loaded) return loaded;
  const runtime = JSON.parse(runtimeJson) as RuntimeGlossary;
  const surfaces: MatchSurface[] = runtime.kinds.map((kind, i) => {
    const e = runtime.surfaceEntries[i];
    return { kind, entries: typeof e === 'number' ? [e] : e, ambiguous: (runtime.flags[i] & 1) === 1, exact: runtime.exact[i] ?? '', edges: runtime.flags[i] >> 1 };
  });
  loaded = { entries: runtime.entries, surfaces, matcher: new Matcher(surfaces, deserializeAutomaton(runtime.automaton)) };
  return loaded;
}
