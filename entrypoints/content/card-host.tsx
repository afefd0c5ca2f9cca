/**
 * Our one element in the page: `<cpl-ui>`, added on the first card and holding an open shadow root in which Preact
 * renders the card. Styles live inside the shadow root only. Placement is @floating-ui/dom's: below the term's
 * line box, flipped above and shifted sideways to stay in the viewport, and kept there while the page scrolls.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { Card, type CardProps } from '../../components/Card';
import type { CardEntry, EntryDetails } from '../../matching/model';
import { CARD_OFFSET_PX, CARD_VIEWPORT_PADDING_PX } from '../../platform/constants';
import type { Theme } from '../../platform/settings';

export const HOST_TAG = 'cpl-ui';

export interface Anchor {
  /** The rectangle to sit next to, read afresh on every placement (it moves when the page scrolls). */
  rect: () => DOMRect;
  /** An element in the term's scrolling context, for following scroll. */
  context: Element;
}

export interface CardOptions {
  nameOf: (id: string) => string | undefined;
  entryOf: (id: string) => CardEntry | undefined;
  loadDetails: (id: string) => Promise<EntryDetails | undefined>;
  theme: Theme;
  traditionalFirst: boolean;
}

export interface ShowOptions {
  alternatives: CardEntry[];
  onClose: () => void;
  /** Move keyboard focus into the card (opened from the keyboard); it returns where it was on close. */
  focus: boolean;
  /** The title a document kind's card answers for, and the entries it names (see Card). */
  title?: string;
  inTitle?: CardEntry[];
  /** When the card was asked for (performance.now()): the dwell's end, before its entries were read. For the bench. */
  requestedAt?: number;
}

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private stopFollowing: (() => void) | undefined;
  private returnFocus: Element | null = null;
  shownEntry: CardEntry | undefined;
  /** When the last card was asked for, rendered (our synchronous work done) and painted (performance.now()), for the bench. */
  lastShown = { requested: 0, rendered: 0, painted: 0 };

  constructor(
    private readonly doc: Document,
    private readonly options: CardOptions,
  ) {}

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    // A manual popover, shown in the top layer (see raise()).
    host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    // The page's own scripts may have emptied the document: the card then has nowhere to go, and nothing to explain.
    this.doc.documentElement?.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /**
   * Renders a card for `entry` once into an element that is not in the document, and clears it: the code and the
   * messages a card uses are then warm when the first real one opens. Nothing is added to the page, which could
   * otherwise tell, before the reader ever asked for a card, that the extension is there.
   */
  warm(entry: CardEntry): void {
    const detached = this.doc.createElement('div');
    const none = () => {};
    render(this.card(entry, { alternatives: [], onNavigate: none, onClose: none }), detached);
    render(null, detached);
  }

  /** The card for `entry`, with what every card takes from the options and what this one takes from its caller. */
  private card(
    entry: CardEntry,
    own: Pick<CardProps, 'alternatives' | 'onNavigate' | 'onClose' | 'title' | 'inTitle'>,
  ) {
    const { nameOf, loadDetails, theme, traditionalFirst } = this.options;
    return (
      <Card
        key={entry.id}
        entry={entry}
        nameOf={nameOf}
        loadDetails={loadDetails}
        traditionalFirst={traditionalFirst}
        theme={theme}
        {...own}
      />
    );
  }

  /** Shows the card for `entry` next to `anchor`. */
  show(entry: CardEntry, anchor: Anchor, show: ShowOptions): void {
    const requested = show.requestedAt ?? performance.now();
    const mount = this.ensureHost();
    this.raise();
    if (show.focus && !this.shownEntry) this.returnFocus = this.doc.activeElement;
    this.shownEntry = entry;
    const navigate = (id: string) => {
      const next = this.options.entryOf(id);
      if (next)
        this.show(next, anchor, { ...show, alternatives: [], focus: true, title: undefined, inTitle: undefined });
    };
    const { alternatives, onClose, title, inTitle } = show;
    render(this.card(entry, { alternatives, onNavigate: navigate, onClose, title, inTitle }), mount);
    const card = mount.firstElementChild as HTMLElement;
    if (show.focus) card.focus({ preventScroll: true });
    this.stopFollowing?.();
    const reference = { getBoundingClientRect: anchor.rect, contextElement: anchor.context };
    this.stopFollowing = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(CARD_OFFSET_PX),
          flip({ padding: CARD_VIEWPORT_PADDING_PX }),
          shift({ padding: CARD_VIEWPORT_PADDING_PX }),
        ],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
    const rendered = performance.now();
    // Painted: a message posted from the next frame's callback is delivered once that frame has been painted (the
    // "after next paint" measure), where a second frame callback would count a whole frame more.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (this.lastShown = { requested, rendered, painted: performance.now() });
      channel.port2.postMessage(0);
    });
  }

  /**
   * Puts our host in the top layer, above everything the page stacks, and cancels page zoom. Found by the corpus:
   *  - a transform or filter on <html> makes it the containing block of our fixed-position card, which then sat
   *    a scroll away from its term, off screen; the top layer's containing block is always the viewport;
   *  - a page's fixed banner outranked the card where page CSS (`* { all: unset !important }`) stripped our host of
   *    its z-index, and a modal <dialog> or a popover of the page covered it whatever the z-index;
   *  - CSS zoom on <html> zoomed the card and its offsets, which Floating UI computes unzoomed: off screen again.
   * Showing again after the page opened a dialog or popover of its own moves us back to the top.
   */
  private raise(): void {
    const host = this.host!;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // No Popover API: card.css's z-index is all there is.
    }
    const zoom = (this.doc.documentElement as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom ?? 1;
    // Through a custom property: card.css's :host declarations are !important, which an inline zoom could not beat.
    if (zoom === 1) host.style.removeProperty('--cpl-unzoom');
    else host.style.setProperty('--cpl-unzoom', String(1 / zoom));
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const hadFocus = !!this.host && this.doc.activeElement === this.host;
    this.shownEntry = undefined;
    if (this.mount) render(null, this.mount);
    // Focus goes back where it was when the card was opened from the keyboard.
    if (hadFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Whether an event target is inside our UI (events from the shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }
}
