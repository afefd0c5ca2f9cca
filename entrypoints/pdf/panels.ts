/** The reader's side panels: the terms on the pages rendered so far, the PDF's outline, and find in the document. */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TermCount } from '../../components/term-list';
import { copyTermList, saveTermList } from '../../components/term-list-export';
import { t } from '../../platform/i18n';
import { joinItems, type PdfItem } from '../../text/pdf-layout';
import type { ReaderMarks } from './marking';
import type { Progress } from './progress';
import type { PdfViewer } from './viewer';

function toggle(panel: HTMLElement, button: HTMLElement): void {
  panel.hidden = !panel.hidden;
  button.setAttribute('aria-expanded', String(!panel.hidden));
}

export interface TermsPanelElements {
  panel: HTMLElement;
  summary: HTMLElement;
  list: HTMLElement;
  /** The toolbar button that shows and hides the panel. */
  toggle: HTMLElement;
  copy: HTMLElement;
  save: HTMLElement;
  status: HTMLElement;
}

/** The terms on the pages marked so far, each a button to the next mention; copied or saved as the popup's list is. */
export class TermsPanel {
  private timer = 0;

  constructor(
    private readonly els: TermsPanelElements,
    private readonly marks: () => ReaderMarks | undefined,
  ) {
    els.toggle.addEventListener('click', () => {
      toggle(els.panel, els.toggle);
      this.render();
    });
    els.copy.addEventListener('click', () => void copyTermList(this.counts(), 'markdown').then((s) => this.say(s)));
    els.save.addEventListener('click', () => this.say(saveTermList(this.counts(), 'csv')));
  }

  /** Called as pages are marked: the list is drawn again a moment later, once. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.render(), 200);
  }

  private say(text: string): void {
    this.els.status.textContent = text;
  }

  /** The terms with their glossary entries, as the export takes them. */
  private counts(): TermCount[] {
    return (this.marks()?.terms() ?? []).flatMap(({ entry, count }) => (entry ? [{ entry, count }] : []));
  }

  private render(): void {
    const marks = this.marks();
    const { panel, summary, list, copy, save } = this.els;
    if (!marks || panel.hidden) return;
    const terms = marks.terms();
    summary.textContent = t('pdfTermsSummary', String(terms.length));
    copy.hidden = save.hidden = !terms.length;
    list.replaceChildren(
      ...terms.map(({ id, count, entry }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${entry?.en ?? id} ${entry?.zh ?? ''} (${count})`;
        button.addEventListener('click', () => marks.revealNext(id));
        li.append(button);
        return li;
      }),
    );
  }
}

interface OutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

export class Outline {
  constructor(
    private readonly panel: HTMLElement,
    private readonly button: HTMLElement,
    private readonly viewer: () => PdfViewer | undefined,
  ) {
    button.addEventListener('click', () => toggle(panel, button));
  }

  async load(doc: PDFDocumentProxy): Promise<void> {
    const outline = ((await doc.getOutline().catch(() => null)) ?? []) as OutlineNode[];
    this.button.hidden = !outline.length;
    this.panel.replaceChildren(this.list(doc, outline));
  }

  private list(doc: PDFDocumentProxy, nodes: OutlineNode[]): HTMLElement {
    const ul = document.createElement('ul');
    for (const node of nodes) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = node.title;
      button.addEventListener('click', () => void this.go(doc, node.dest));
      li.append(button);
      if (node.items.length) li.append(this.list(doc, node.items));
      ul.append(li);
    }
    return ul;
  }

  private async go(doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<void> {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const ref = explicit?.[0];
    if (!ref) return;
    const index = typeof ref === 'number' ? ref : await doc.getPageIndex(ref as never);
    this.viewer()?.goTo(index + 1);
  }
}

/** Find in the whole document: each page's text read once, hits visited in turn with Enter (Shift+Enter back). */
export class Find {
  private texts: Array<Promise<string>> = [];
  private hits: Array<{ page: number; at: number }> = [];
  private index = -1;
  private query = '';

  constructor(
    private readonly input: HTMLInputElement,
    private readonly status: HTMLElement,
    private readonly viewer: () => PdfViewer | undefined,
    private readonly progress: Progress,
  ) {
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.step(e.shiftKey ? -1 : 1);
      } else if (e.key === 'Escape') {
        CSS.highlights.delete('cpl-find');
        input.blur();
      }
    });
  }

  reset(): void {
    this.texts = [];
    this.hits = [];
    this.query = '';
    this.status.textContent = '';
  }

  private pageText(viewer: PdfViewer, n: number): Promise<string> {
    this.texts[n] ??= viewer.doc
      .getPage(n)
      .then((page) => page.getTextContent())
      .then((c) => joinItems(c.items.filter((i): i is PdfItem & (typeof c.items)[number] => 'str' in i)).toLowerCase());
    return this.texts[n];
  }

  private async step(direction: number): Promise<void> {
    const viewer = this.viewer();
    const query = this.input.value.trim().toLowerCase();
    if (!viewer || !query) return;
    if (query !== this.query) {
      this.query = query;
      this.hits = [];
      this.index = -1;
      const pages = viewer.doc.numPages;
      for (let n = 1; n <= pages; n++) {
        // Every page's text is read once, the first time: on a long document that takes a while, so it is shown.
        if (pages > 20 && n % 10 === 1)
          this.progress.show(t('pdfProgressSearching', [String(n), String(pages)]), n / pages);
        const text = (await this.pageText(viewer, n)).replace(/\s+/g, ' ');
        for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) this.hits.push({ page: n, at });
      }
    }
    this.progress.hide();
    if (!this.hits.length) {
      this.status.textContent = t('pdfFindNone');
      return;
    }
    this.index = (this.index + direction + this.hits.length) % this.hits.length;
    const hit = this.hits[this.index];
    this.status.textContent = t('pdfFindStatus', [String(this.index + 1), String(this.hits.length)]);
    viewer.goTo(hit.page);
    await viewer.ensure(hit.page);
    this.highlight(viewer, hit.page, query);
  }

  /** Lights the hit's text in the page's text layer (the nth occurrence on that page). */
  private highlight(viewer: PdfViewer, page: number, query: string): void {
    const layer = viewer.slots[page - 1]?.layer;
    if (!layer) return;
    const nth = this.hits.slice(0, this.index).filter((h) => h.page === page).length;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes
      .map((n) => n.data)
      .join('')
      .toLowerCase();
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(query, at + 1);
    if (at < 0) return;
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const end = offset + node.data.length;
      if (at >= offset && at <= end) range.setStart(node, at - offset);
      if (at + query.length >= offset && at + query.length <= end) {
        range.setEnd(node, at + query.length - offset);
        break;
      }
      offset = end;
    }
    CSS.highlights.set('cpl-find', new Highlight(range));
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
}
