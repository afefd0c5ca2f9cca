/**
 * Pointer and keyboard behaviour of the card: open after the pointer rests on a term, stay while it travels into
 * the card, close when it leaves both or on Escape. Pointer moves are read at most once a frame.
 */
import { CARD_DWELL_MS, CARD_HIDE_GRACE_MS } from '../../lib/constants';
import type { CardHost } from './card-host';
import type { HitIndex } from './hit-test';
import type { PageMatch } from './page-scan';
import type { CompiledGlossary } from '../../glossary/compiled';

export function startHover(options: {
  doc: Document;
  index: HitIndex;
  matches: readonly PageMatch[];
  card: CardHost;
  glossary: CompiledGlossary;
  signal: AbortSignal;
}): void {
  const { doc, index, matches, card, glossary, signal } = options;
  const win = doc.defaultView!;
  let shown = -1;
  let pending = -1;
  let showTimer = 0;
  let hideTimer = 0;
  let frame = 0;
  let last = { x: 0, y: 0, target: null as EventTarget | null };

  const cancelShow = () => {
    win.clearTimeout(showTimer);
    pending = -1;
  };
  const cancelHide = () => {
    win.clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const hide = () => {
    cancelShow();
    cancelHide();
    shown = -1;
    card.hide();
  };
  const show = (match: number, rect: DOMRect) => {
    const m = matches[match];
    // A term that wraps has a line box per line: keep to the one that was under the pointer, found again by its
    // index on every placement because scrolling moves it.
    const line = Math.max(0, [...m.range.getClientRects()].findIndex((r) => r.top === rect.top && r.left === rect.left));
    shown = match;
    card.show(glossary.entries[m.entry], {
      rect: () => m.range.getClientRects()[line] ?? m.range.getBoundingClientRect(),
      context: m.range.startContainer.parentElement ?? doc.documentElement,
    }, hide);
  };

  const check = () => {
    frame = 0;
    if (card.contains(last.target)) {
      cancelHide();
      cancelShow();
      return;
    }
    const hit = index.at(doc, last.x, last.y);
    if (hit && hit.match === shown) {
      cancelHide();
      cancelShow();
      return;
    }
    if (hit) {
      if (hit.match === pending) return;
      cancelShow();
      pending = hit.match;
      showTimer = win.setTimeout(() => {
        pending = -1;
        cancelHide();
        show(hit.match, hit.rect);
      }, CARD_DWELL_MS);
      return;
    }
    cancelShow();
    if (shown >= 0 && !hideTimer) {
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
      if (event.key === 'Escape' && shown >= 0) hide();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    hide();
    if (frame) win.cancelAnimationFrame(frame);
  });
}
