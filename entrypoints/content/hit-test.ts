/**
 * Which match is under the pointer. `CSS.highlights.highlightsFromPoint` grows with the registered ranges (about
 * 20 ms a call with thousands of them, measured in shared/notes), so we keep our own index: per text node, the
 * node-local spans of the matches in it, found by the caret position under the pointer and a binary search, then
 * confirmed against the match's rectangles (the caret snaps to the nearest character even in a margin).
 */
import { HIT_TOLERANCE_PX } from '../../lib/constants';
import type { PageMatch } from './page-scan';

interface Span {
  start: number;
  end: number;
  match: number;
}

export interface Hit {
  match: number;
  /** The rectangle of the match's line box under the pointer (a term that wraps has several). */
  rect: DOMRect;
}

export class HitIndex {
  private readonly spans = new Map<Text, Span[]>();

  constructor(private readonly matches: readonly PageMatch[]) {
    matches.forEach((m, match) => {
      const { run } = m;
      for (let i = 0; i < run.nodes.length; i++) {
        const nodeStart = run.starts[i];
        const nodeEnd = nodeStart + run.nodes[i].data.length;
        if (nodeEnd <= m.start) continue;
        if (nodeStart >= m.end) break;
        let list = this.spans.get(run.nodes[i]);
        if (!list) this.spans.set(run.nodes[i], (list = []));
        list.push({ start: Math.max(0, m.start - nodeStart), end: Math.min(nodeEnd, m.end) - nodeStart, match });
      }
    });
  }

  get size(): number {
    return this.matches.length;
  }

  at(doc: Document, x: number, y: number): Hit | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const list = this.spans.get(caret.node as Text);
    if (!list) return undefined;
    // Spans in a node are in text order and do not overlap: find the last that starts at or before the caret.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= caret.offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // The caret sits between characters: over the right half of a term's last character it is at `end`, and
    // over the left half of a term's first character right after another term it is at the next one's start.
    for (const i of [found, found - 1]) {
      const span = list[i];
      if (!span || caret.offset > span.end) continue;
      const rect = rectUnder(this.matches[span.match].range, x, y);
      if (rect) return { match: span.match, rect };
    }
    return undefined;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  // caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint covers older Chromium.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rectUnder(range: Range, x: number, y: number): DOMRect | undefined {
  const t = HIT_TOLERANCE_PX;
  for (const r of range.getClientRects()) {
    if (x >= r.left - t && x <= r.right + t && y >= r.top - t && y <= r.bottom + t) return r;
  }
  return undefined;
}
