/**
 * Paints marks with the CSS Custom Highlight API: Ranges registered in `CSS.highlights`, one Highlight per entry
 * type (`cpl-agency`, `cpl-law`, `cpl-policy`), styled by `::highlight()` rules in highlights.css. The page's DOM is
 * never touched. https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 *
 * Only marks near the viewport are registered: the browser repaints every registered range whenever a highlight
 * changes (docs/performance.md), so registering a whole long report would make one frame long.
 * An IntersectionObserver tells which blocks are near; the registered set is swapped when scrolling settles.
 */
import type { PageGlossary } from './page-glossary';
import { ENTRY_TYPES } from '../../glossary/schema';
import { MAX_REGISTERED_RANGES, REGISTER_MARGIN_SCREENS, SCROLL_SETTLE_MS } from '../../platform/constants';
import type { PauseSwitch } from './pause';
import type { MarkStore } from './marks';

/**
 * Gives a shadow tree our ::highlight() rules. Page styles, ours included, stop at a shadow boundary, and a
 * highlight is styled by the rules that apply to the element its text is in, so without this, marks inside web
 * components would be registered but unpainted. A constructed sheet touches no node of the page.
 */
export function styleShadowRoot(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // A sheet built in a content script's own compartment (Firefox) may be refused by the page's shadow root;
    // marks there are still registered and still get cards on hover.
  }
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly near = new Set<Node>();
  /**
   * Blocks under observation. A Set, not a WeakSet: tens of thousands of weak entries on a long page showed in GC
   * time, and blocks leave it anyway when their marks go (`untrack`, after a rescan finds their text gone).
   */
  private readonly observed = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private timer = 0;
  /** How many ranges are registered now, and how many marks were left out for the cap. */
  registered = 0;
  capped = 0;

  constructor(
    private readonly win: Window,
    private readonly store: MarkStore,
    private readonly glossary: PageGlossary,
    private readonly pause: PauseSwitch,
  ) {
    pause.onChange(() => this.flush());
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) this.near.add(e.target);
          else this.near.delete(e.target);
        }
        this.schedule();
      },
      { rootMargin: `${REGISTER_MARGIN_SCREENS * 100}% 0px` },
    );
  }

  /** Starts watching a block that has marks; `nearNow` when the caller already knows it is on screen. */
  track(block: Node, nearNow = false): void {
    if (block.nodeType !== Node.ELEMENT_NODE) {
      this.near.add(block); // a document or shadow root: no box to observe, treat as near
      return;
    }
    if (nearNow) this.near.add(block);
    if (!this.observed.has(block as Element)) {
      this.observed.add(block as Element);
      this.observer.observe(block as Element);
    }
  }

  untrack(block: Node): void {
    this.near.delete(block);
    if (block.nodeType === Node.ELEMENT_NODE && this.observed.has(block as Element)) {
      this.observed.delete(block as Element);
      this.observer.unobserve(block as Element);
    }
  }

  /** Registers the near marks once scrolling has settled. */
  schedule(): void {
    this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.flush(), SCROLL_SETTLE_MS);
  }

  /** Registers the marks of the near blocks now. */
  flush(): void {
    this.win.clearTimeout(this.timer);
    // Paused: every mark off the page until the reader turns marking back on.
    if (this.pause.paused) {
      this.clear();
      return;
    }
    const names = this.glossary.highlightNames;
    const byName = new Map<string, Range[]>();
    for (const type of ENTRY_TYPES) if (names[type]) byName.set(names[type], []);
    let count = 0;
    let capped = 0;
    const store = this.store;
    for (const block of this.near) {
      for (const id of store.inBlock(block)) {
        if (!store.shows(id)) continue;
        if (count >= MAX_REGISTERED_RANGES) {
          capped++;
          continue;
        }
        const name = names[this.glossary.typeOf(store.entry(id))];
        if (!name) continue; // drawn in no style: the card still opens from the hit index
        // Ranges are made here, for the marks near the viewport only, not for every mark when it is found.
        byName.get(name)!.push(store.range(id));
        count++;
      }
    }
    for (const [name, ranges] of byName) {
      if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
    this.registered = count;
    this.capped = capped;
  }

  /** Unregisters every mark of ours. */
  private clear(): void {
    for (const type of ENTRY_TYPES) {
      const name = this.glossary.highlightNames[type];
      if (name) CSS.highlights.delete(name);
    }
    this.registered = 0;
  }

  destroy(): void {
    this.win.clearTimeout(this.timer);
    this.observer.disconnect();
    this.clear();
  }
}
