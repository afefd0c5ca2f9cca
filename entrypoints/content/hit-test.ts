/**
 * Which mark is under a viewport point: the caret position there, the mark store's index of the marks holding it,
 * then the marks' own rectangles (the caret snaps to the nearest character, so a point beside the text must not count).
 * Our own index rather than CSS.highlights.highlightsFromPoint: marks outside the registered window have no highlight.
 */
import { HIT_TOLERANCE_PX } from '../../platform/constants';
import type { Mark, MarkStore } from './marks';

export interface Hit {
  mark: Mark;
  /** The rectangle of the mark's line box under the pointer (a term that wraps has several). */
  rect: DOMRect;
}

function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | undefined {
  // caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint covers older Chromium.
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without the shadow roots named, the caret over a web component's text stops at its host, and no card opened
    // there (found by the corpus's components page).
    const pos = (
      doc.caretPositionFromPoint as (
        x: number,
        y: number,
        options?: { shadowRoots?: ShadowRoot[] },
      ) => CaretPosition | null
    )(x, y, {
      shadowRoots: [...shadowRoots],
    });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(
    x,
    y,
  );
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rectUnder(range: Range, x: number, y: number): DOMRect | undefined {
  const t = HIT_TOLERANCE_PX;
  for (const r of range.getClientRects()) {
    if (x >= r.left - t && x <= r.right + t && y >= r.top - t && y <= r.bottom + t) return r;
  }
  return undefined;
}

/** The mark under a caret position, confirmed against its rectangles. */
export function markAtCaret(store: MarkStore, node: Node, offset: number, x: number, y: number): Hit | undefined {
  for (const id of store.holding(node, offset)) {
    const rect = rectUnder(store.range(id), x, y);
    if (rect) return { mark: store.mark(id), rect };
  }
  return undefined;
}

/** The mark under a viewport point, looking into the open shadow roots whose text is marked. */
export function markAt(
  doc: Document,
  store: MarkStore,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): Hit | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  return caret ? markAtCaret(store, caret.node, caret.offset, x, y) : undefined;
}
