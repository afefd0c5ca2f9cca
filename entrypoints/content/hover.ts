/**
 * Pointer and keyboard behaviour of the card: open after the pointer rests on a term, stay while it travels into
 * the card, close when it leaves both or on Escape. Pointer moves are read at most once a frame.
 */
import type { PageGlossary } from '../../lib/glossary';
import { CARD_DWELL_MS, CARD_HIDE_GRACE_MS } from '../../lib/constants';
import type { CardHost } from './card-host';
import type { Hit, Mark, MarkStore } from './marks';

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  // caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint covers older Chromium.
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The mark under a viewport point: caret position, then our own per-node index (not highlightsFromPoint). */
export function markAt(doc: Document, store: MarkStore, x: number, y: number): Hit | undefined {
  const caret = caretAt(doc, x, y);
  return caret ? store.at(caret.node, caret.offset, x, y) : undefined;
}

export function startHover(options: {
  doc: Document;
  store: MarkStore;
  card: CardHost;
  glossary: PageGlossary;
  signal: AbortSignal;
}): void {
  const { doc, store, card, glossary, signal } = options;
  const win = doc.defaultView!;
  let shown: Mark | undefined;
  let pending: Mark | undefined;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let last = { x: 0, y: 0, target: null as EventTarget | null };

  const cancelShow = () => {
    win.clearTimeout(showTimer);
    pending = undefined;
  };
  const cancelHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const hide = () => {
    cancelShow();
    cancelHide();
    shown = undefined;
    card.hide();
  };
  const show = (hit: Hit) => {
    const { mark, rect } = hit;
    // A term that wraps has a line box per line: keep to the one that was under the pointer, found again by its
    // index on every placement because scrolling moves it.
    const line = Math.max(0, [...mark.range.getClientRects()].findIndex((r) => r.top === rect.top && r.left === rect.left));
    shown = mark;
    card.show(
      glossary.entries[mark.entry],
      {
        rect: () => mark.range.getClientRects()[line] ?? mark.range.getBoundingClientRect(),
        context: mark.range.startContainer.parentElement ?? doc.documentElement,
      },
      hide,
    );
  };

  const check = () => {
    frame = 0;
    if (card.contains(last.target)) {
      cancelHide();
      cancelShow();
      return;
    }
    const hit = markAt(doc, store, last.x, last.y);
    if (hit && hit.mark === shown) {
      cancelHide();
      cancelShow();
      return;
    }
    if (hit) {
      if (hit.mark === pending) return;
      cancelShow();
      pending = hit.mark;
      showTimer = win.setTimeout(() => {
        pending = undefined;
        cancelHide();
        show(hit);
      }, CARD_DWELL_MS);
      return;
    }
    cancelShow();
    if (shown && !hideTimer) {
      hideTimer = win.setTimeout(() => {
        hideTimer = 0;
        hide();
      }, CARD_HIDE_GRACE_MS);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      last = { x: event.clientX, y: event.clientY, target: event.target };
      if (!frame) frame = win.requestAnimationFrame(check);
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && shown) hide();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    hide();
    if (frame) win.cancelAnimationFrame(frame);
  });
}
