/**
 * Marks matches with the CSS Custom Highlight API: Ranges registered in `CSS.highlights`, one Highlight per entry
 * type (`cpl-agency`, `cpl-law`, `cpl-policy`), styled by `::highlight()` rules in highlights.css. The page's DOM is
 * never touched. https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */
import type { CompiledGlossary } from '../../glossary/compiled';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import type { PageMatch } from './page-scan';

export const HIGHLIGHT_PREFIX = 'cpl-';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function registerHighlights(matches: readonly PageMatch[], glossary: CompiledGlossary): void {
  const byType = new Map<EntryType, Range[]>(ENTRY_TYPES.map((t) => [t, []]));
  for (const m of matches) byType.get(glossary.entries[m.entry].type)!.push(m.range);
  for (const [type, ranges] of byType) {
    const name = HIGHLIGHT_PREFIX + type;
    if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

export function clearHighlights(): void {
  for (const type of ENTRY_TYPES) CSS.highlights.delete(HIGHLIGHT_PREFIX + type);
}
