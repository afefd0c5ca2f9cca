/**
 * Scans a document: text runs in, matches with DOM Ranges out. The matcher stays pure; this module only maps its
 * offsets back onto text nodes.
 */
import type { CompiledGlossary } from '../../glossary/compiled';
import { withContext, type Match, type Matcher } from '../../glossary/matcher';
import { collectRuns, locate, type TextRun } from './text-runs';

export interface PageMatch extends Match {
  range: Range;
  run: TextRun;
}

export function scanPage(root: Node, matcher: Matcher, glossary: CompiledGlossary): PageMatch[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found: PageMatch[] = [];
  for (const run of collectRuns(root)) {
    for (const m of matcher.match(run.text)) {
      const from = locate(run, m.start, false);
      const to = locate(run, m.end, true);
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      found.push({ ...m, range, run });
    }
  }
  // The context rule for ambiguous acronyms looks at the whole document, not one run.
  return withContext(found, glossary.surfaces);
}
