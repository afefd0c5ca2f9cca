/**
 * Our one element in the page: `<cpl-ui>`, added on the first card and holding an open shadow root in which Preact
 * renders the card. Styles live inside the shadow root only. Placement is @floating-ui/dom's: below the term's
 * line box, flipped above and shifted sideways to stay in the viewport, and kept there while the page scrolls.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import cardCss from '../../components/card.css?inline';
import { Card } from '../../components/Card';
import type { CardEntry } from '../../glossary/compiled';
import { CARD_OFFSET_PX, CARD_VIEWPORT_PADDING_PX } from '../../lib/constants';

export const HOST_TAG = 'cpl-ui';

export interface Anchor {
  /** The rectangle to sit next to, read afresh on every placement (it moves when the page scrolls). */
  rect: () => DOMRect;
  /** An element in the term's scrolling context, for following scroll. */
  context: Element;
}

export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private stopFollowing: (() => void) | undefined;
  shownEntry: CardEntry | undefined;

  constructor(private readonly doc: Document) {}

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Shows the card for `entry` next to `anchor`; `onClose` runs when the reader closes it from the card. */
  show(entry: CardEntry, anchor: Anchor, onClose: () => void): void {
    const mount = this.ensureHost();
    this.shownEntry = entry;
    render(<Card entry={entry} onClose={onClose} />, mount);
    const card = mount.firstElementChild as HTMLElement;
    this.stopFollowing?.();
    const reference = { getBoundingClientRect: anchor.rect, contextElement: anchor.context };
    this.stopFollowing = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(CARD_OFFSET_PX), flip({ padding: CARD_VIEWPORT_PADDING_PX }), shift({ padding: CARD_VIEWPORT_PADDING_PX })],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.shownEntry = undefined;
    if (this.mount) render(null, this.mount);
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
