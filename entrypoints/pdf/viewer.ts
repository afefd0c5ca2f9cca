/**
 * The pages of one PDF: a placeholder per page sized from the first page, rendered (canvas and text layer) when it
 * comes within a screen of the view, its canvas dropped again when it is far away so that memory stays bounded on
 * long documents. Each text layer, once grouped into paragraphs (text-layer.ts), is handed to `onTextLayer`.
 */
import { TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { PdfItem } from '../../text/pdf-layout';
import { groupTextLayer } from './text-layer';

interface Slot {
  n: number;
  el: HTMLElement;
  canvas?: HTMLCanvasElement;
  layer?: HTMLElement;
  /** The render under way, if any. */
  busy?: Promise<void>;
  /** Whether the page is within the render margin of the view now. */
  near?: boolean;
  /** Bumped whenever the slot is reset (zoom), so that an older render gives up. */
  generation: number;
}

/** How far beyond the view pages render, and beyond which their canvas is let go, in screen heights. */
const RENDER_MARGIN = '100%';
const KEEP_MARGIN = '400%';

/** Runs the jobs given to it one after another, each once the one before has settled. */
function inTurn(): (job: () => Promise<void>) => Promise<void> {
  let last = Promise.resolve();
  return (job) => {
    const next = last.then(job);
    last = next.catch(() => undefined);
    return next;
  };
}

export interface ViewerEvents {
  /** A page's text layer is in the document: mark it. */
  onTextLayer: (n: number, layer: HTMLElement) => Promise<void> | void;
  onError: (n: number, error: unknown) => void;
}

export class PdfViewer {
  readonly slots: Slot[] = [];
  private scale = 1.25;
  private readonly near: IntersectionObserver;
  private readonly keep: IntersectionObserver;
  /**
   * Canvases are painted one at a time, after the text layers: pdf.js paints a slice of every render under way in
   * each animation frame, so pages rendered side by side while scrolling made every frame as long as all of them.
   */
  private readonly painting = inTurn();
  /** Text layers are laid out and marked one page at a time too, a frame apart. */
  private readonly layering = inTurn();

  constructor(
    readonly doc: PDFDocumentProxy,
    private readonly container: HTMLElement,
    private readonly events: ViewerEvents,
    private readonly label: (n: number) => string,
  ) {
    this.near = new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: `${RENDER_MARGIN} 0px` });
    this.keep = new IntersectionObserver((entries) => this.onFar(entries), { rootMargin: `${KEEP_MARGIN} 0px` });
  }

  async open(): Promise<void> {
    const first = await this.doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    for (let n = 1; n <= this.doc.numPages; n++) {
      const el = document.createElement('section');
      el.className = 'page';
      el.dataset.page = String(n);
      el.setAttribute('aria-label', this.label(n));
      this.slots.push({ n, el, generation: 0 });
      this.size(el, width, height);
      this.container.append(el);
      this.near.observe(el);
      this.keep.observe(el);
    }
  }

  get zoom(): number {
    return this.scale;
  }

  /** Changes the zoom: every page is laid out again and rendered afresh as it comes into view. */
  setZoom(scale: number): void {
    const page = this.currentPage();
    this.scale = Math.min(4, Math.max(0.25, scale));
    for (const slot of this.slots) {
      slot.generation++;
      slot.canvas?.remove();
      slot.layer?.remove();
      slot.canvas = slot.layer = slot.busy = undefined;
      const w = Number(slot.el.dataset.width);
      const h = Number(slot.el.dataset.height);
      this.size(slot.el, w, h);
      this.near.unobserve(slot.el);
      this.near.observe(slot.el);
    }
    this.goTo(page);
  }

  private size(el: HTMLElement, width: number, height: number): void {
    el.dataset.width = String(width);
    el.dataset.height = String(height);
    el.style.width = `${width * this.scale}px`;
    el.style.height = `${height * this.scale}px`;
    el.style.setProperty('--total-scale-factor', String(this.scale));
  }

  /** The page at the top of the view (1 for the first). */
  currentPage(): number {
    const mid = innerHeight * 0.3;
    for (const slot of this.slots) {
      const r = slot.el.getBoundingClientRect();
      if (r.bottom > mid) return slot.n;
    }
    return this.slots.length;
  }

  goTo(n: number): void {
    const slot = this.slots[Math.min(this.slots.length, Math.max(1, n)) - 1];
    slot?.el.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  /** Renders page `n` now (if it is not already) and resolves when its text layer is marked. */
  ensure(n: number): Promise<void> {
    const slot = this.slots[n - 1];
    if (!slot) return Promise.resolve();
    if (slot.layer && slot.canvas) return slot.busy ?? Promise.resolve();
    slot.busy ??= this.render(slot).finally(() => (slot.busy = undefined));
    return slot.busy;
  }

  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const n = Number((e.target as HTMLElement).dataset.page);
      const slot = this.slots[n - 1];
      if (slot) slot.near = e.isIntersecting;
      if (e.isIntersecting) void this.ensure(n);
    }
  }

  private onFar(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (e.isIntersecting) continue;
      const slot = this.slots[Number((e.target as HTMLElement).dataset.page) - 1];
      if (slot?.canvas && !slot.busy) {
        // The canvas is most of a page's memory; the text layer stays, and with it the page's marks.
        slot.canvas.width = slot.canvas.height = 0;
        slot.canvas.remove();
        slot.canvas = undefined;
      }
    }
  }

  private async render(slot: Slot): Promise<void> {
    const generation = slot.generation;
    let page: PDFPageProxy;
    try {
      page = await this.doc.getPage(slot.n);
      const viewport = page.getViewport({ scale: this.scale });
      const base = page.getViewport({ scale: 1 });
      if (generation !== slot.generation) return;
      this.size(slot.el, base.width, base.height);
      if (!slot.layer) {
        const content = await page.getTextContent();
        if (generation !== slot.generation) return;
        await this.layering(() => this.layOut(slot, content, viewport, generation));
        if (generation !== slot.generation) return;
      }
      await this.painting(() => this.paint(slot, page, generation));
    } catch (error) {
      if (generation === slot.generation) this.events.onError(slot.n, error);
    }
  }

  private async layOut(
    slot: Slot,
    content: Awaited<ReturnType<PDFPageProxy['getTextContent']>>,
    viewport: ReturnType<PDFPageProxy['getViewport']>,
    generation: number,
  ): Promise<void> {
    if (generation !== slot.generation || slot.layer) return;
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const textLayer = new TextLayer({ textContentSource: content, container: layer, viewport });
    await textLayer.render();
    if (generation !== slot.generation) return;
    const items = content.items.filter((i): i is PdfItem & (typeof content.items)[number] => 'str' in i);
    groupTextLayer(layer, items, textLayer.textDivs);
    slot.layer = layer;
    slot.el.append(layer);
    await this.events.onTextLayer(slot.n, layer);
    // The next page's layer waits for the frame that shows this one's marks.
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  /** Paints a page's canvas, unless it has left the view's margin meanwhile (it is painted when it comes back). */
  private async paint(slot: Slot, page: PDFPageProxy, generation: number): Promise<void> {
    if (generation !== slot.generation || slot.near === false) return;
    const viewport = page.getViewport({ scale: this.scale });
    const ratio = devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    if (generation !== slot.generation) return;
    slot.el.prepend(canvas);
    slot.canvas = canvas;
    page.cleanup();
  }

  destroy(): void {
    this.near.disconnect();
    this.keep.disconnect();
    void this.doc.destroy();
  }
}
