/**
 * When the card opens and closes: after the pointer rests on a term (the dwell), at once while the modifier key is
 * held (or only then, if the reader asked for that), from the keyboard commands and the context menu; it stays while
 * the pointer travels into it and closes when the pointer leaves both, or on Escape. Pointer moves are read at most
 * once a frame.
 */
import type { CardEntry } from '../../matching/model';
import { CARD_HIDE_GRACE_MS } from '../../platform/constants';
import type { PageGlossary } from './page-glossary';
import type { Modifier } from '../../platform/settings';
import type { CardHost } from './card-host';
import { markAt } from './hit-test';
import type { Mark, MarkStore } from './marks';
import type { PauseSwitch } from './pause';

const MODIFIER_PROPERTY: Record<Modifier, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'> = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Control: 'ctrlKey',
  Meta: 'metaKey',
};

export interface CardControllerOptions {
  doc: Document;
  store: MarkStore;
  card: CardHost;
  glossary: PageGlossary;
  dwellMs: number;
  modifier: Modifier;
  requireModifier: boolean;
  signal: AbortSignal;
  /** While marking is paused, no card opens. */
  pause: PauseSwitch;
  /** The open shadow roots whose text is marked (a live list): hit-testing looks into them. */
  shadowRoots?: readonly ShadowRoot[];
}

export class CardController {
  private shown: Mark | undefined;
  private pending: Mark | undefined;
  private showTimer = 0;
  private hideTimer = 0;
  private frame = 0;
  private last = { x: 0, y: 0, target: null as EventTarget | null, modifier: false };
  private readonly win: Window;

  constructor(private readonly o: CardControllerOptions) {
    this.win = o.doc.defaultView!;
    const { doc, signal } = o;
    o.pause.onChange(() => this.hide());
    doc.addEventListener(
      'pointermove',
      (event) => {
        this.last = {
          x: event.clientX,
          y: event.clientY,
          target: event.target,
          modifier: event[MODIFIER_PROPERTY[o.modifier]],
        };
        if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.check());
      },
      { passive: true, capture: true, signal },
    );
    doc.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.shown) this.hide();
        else if (event.key === o.modifier) {
          // Pressing the modifier over a term opens its card at once.
          this.last = { ...this.last, modifier: true };
          this.check();
        }
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => {
      this.hide();
      if (this.frame) this.win.cancelAnimationFrame(this.frame);
    });
  }

  get shownMark(): Mark | undefined {
    return this.shown;
  }

  private cancelShow(): void {
    this.win.clearTimeout(this.showTimer);
    this.pending = undefined;
  }

  private cancelHide(): void {
    this.win.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  hide(): void {
    this.cancelShow();
    this.cancelHide();
    this.shown = undefined;
    this.o.card.hide();
  }

  /** Opens the card of `mark` next to `rect` (the line box to sit by); with `focus`, for keyboard use. */
  open(mark: Mark, rect: DOMRect | undefined, focus: boolean): void {
    this.openRange(mark.range, mark.surface, mark.entry, rect, focus);
    this.shown = mark;
  }

  /** Opens the card of an entry next to any range (a selection looked up from the context menu). */
  openRange(range: Range, surface: number, entry: number, rect: DOMRect | undefined, focus: boolean): void {
    const requestedAt = performance.now();
    const { card, glossary, doc } = this.o;
    const mark = { range, surface, entry };
    const rects = [...mark.range.getClientRects()];
    // A term that wraps has a line box per line: keep to the one that was under the pointer, found again by its
    // index on every placement because scrolling moves it.
    const line = rect
      ? Math.max(
          0,
          rects.findIndex((r) => r.top === rect.top && r.left === rect.left),
        )
      : 0;
    const others: CardEntry[] = glossary.surfaces
      .get(mark.surface)
      .entries.filter((i) => i !== mark.entry)
      .map((i) => glossary.entries.get(i));
    this.cancelShow();
    this.cancelHide();
    this.shown = undefined;
    const shown = glossary.entries.get(mark.entry);
    // A document kind's mark is a title the glossary does not hold: the card shows which, and what it names
    // (the law a decision amends, the body that issued it), each a link to its own card.
    const title = shown.subtype === 'document-kind' ? mark.range.toString() : undefined;
    const inTitle = title ? namedIn(glossary, title) : undefined;
    card.show(
      shown,
      {
        rect: () => mark.range.getClientRects()[line] ?? mark.range.getBoundingClientRect(),
        context: mark.range.startContainer.parentElement ?? doc.documentElement,
      },
      { alternatives: others, onClose: () => this.hide(), focus, title, inTitle, requestedAt },
    );
  }

  private check(): void {
    this.frame = 0;
    const { doc, store, card } = this.o;
    const last = this.last;
    if (this.o.pause.paused) return;
    if (card.contains(last.target)) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    const hit = markAt(doc, store, last.x, last.y, this.o.shadowRoots);
    if (hit && hit.mark === this.shown) {
      this.cancelHide();
      this.cancelShow();
      return;
    }
    const allowed = hit && (last.modifier || !this.o.requireModifier);
    if (hit && allowed) {
      if (hit.mark === this.pending) return;
      this.cancelShow();
      if (last.modifier) return this.open(hit.mark, hit.rect, false);
      this.pending = hit.mark;
      this.showTimer = this.win.setTimeout(() => {
        this.pending = undefined;
        this.open(hit.mark, hit.rect, false);
      }, this.o.dwellMs);
      return;
    }
    this.cancelShow();
    if (this.shown && !this.hideTimer) {
      this.hideTimer = this.win.setTimeout(() => {
        this.hideTimer = 0;
        this.hide();
      }, CARD_HIDE_GRACE_MS);
    }
  }
}

/** The entries a title names, once each, in order, kinds of document aside. */
function namedIn(glossary: PageGlossary, title: string): CardEntry[] {
  const seen = new Set<number>();
  for (const m of glossary.matcher.match(title)) {
    if (glossary.entries.get(m.entry).subtype !== 'document-kind') seen.add(m.entry);
  }
  return [...seen].map((i) => glossary.entries.get(i));
}
