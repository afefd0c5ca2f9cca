/**
 * What the reader and the popup ask of a page: keyboard commands (pause, next and previous term), the popup's "go to
 * the next mention", the context menu's look-up of a selection, and the list of the terms on the page.
 */
import type { CommandName, PageTerm } from '../../platform/messages';
import { FOCUS_FLASH_MS } from '../../platform/constants';
import type { CardController } from './card-controller';
import type { Mark, MarkStore } from './marks';
import type { PageGlossary } from './page-glossary';
import type { PauseSwitch } from './pause';

/** The ids of the marks shown, in document order. */
function orderedMarks(store: MarkStore): number[] {
  return store
    .ids()
    .filter((id) => store.shows(id))
    .sort((a, b) => (store.before(a, b) ? -1 : store.before(b, a) ? 1 : 0));
}

/** A keyboard command: pause or resume marking, or move to the next or previous term and open its card. */
export function runCommand(name: CommandName, pause: PauseSwitch, store: MarkStore, cards: CardController): void {
  if (name === 'toggle-marking') {
    pause.toggle();
    return;
  }
  if (pause.paused) return;
  const marks = orderedMarks(store);
  if (!marks.length) return;
  const shown = cards.shownMark;
  // The shown mark, if it is still on the page (its id may since have gone to another mark).
  const current = shown && store.holds(shown) ? marks.indexOf(shown.id) : -1;
  let index: number;
  if (current >= 0) index = (current + (name === 'next-term' ? 1 : marks.length - 1)) % marks.length;
  else {
    // From the top of the viewport: the first term below it, or the last one above it (Ranges made for the look
    // only, not kept).
    const below = marks.findIndex((id) => store.newRange(id).getBoundingClientRect().top >= 0);
    index = name === 'next-term' ? Math.max(0, below) : (below <= 0 ? marks.length : below) - 1;
  }
  const mark = store.mark(marks[index]);
  flash(mark);
  cards.open(mark, undefined, true);
}

/** Scrolls a mark into the middle of the view and lights it for a moment. */
function flash(mark: Mark): void {
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  CSS.highlights.set('cpl-focus', new Highlight(mark.range));
  setTimeout(() => CSS.highlights.delete('cpl-focus'), FOCUS_FLASH_MS);
}

/** The popup's "go to the next mention": each request for an entry moves on to its next mark, round to the first. */
export class Revealer {
  private readonly last = new Map<string, Mark>();

  constructor(
    private readonly store: MarkStore,
    private readonly glossary: PageGlossary,
  ) {}

  next(id: string, title?: string): boolean {
    const store = this.store;
    const ids = orderedMarks(store).filter(
      (m) =>
        this.glossary.entries.get(store.entry(m)).id === id &&
        (title === undefined || titleOf(store, this.glossary, m) === title),
    );
    if (!ids.length) return false;
    // The last mark shown, if it is still on the page (its id may since have gone to another mark).
    const key = termKey(id, title);
    const previous = this.last.get(key);
    const at = previous && store.holds(previous) ? ids.indexOf(previous.id) : -1;
    const mark = store.mark(ids[(at + 1) % ids.length]);
    this.last.set(key, mark);
    flash(mark);
    return true;
  }
}

/** Opens the card for the first term in a selection looked up from the context menu; false if it has none. */
export function lookUpSelection(text: string, glossary: PageGlossary, cards: CardController): boolean {
  const match = glossary.matcher.match(text)[0];
  const selection = getSelection();
  if (!match || !selection?.rangeCount) return false;
  cards.openRange(selection.getRangeAt(0).cloneRange(), match.surface, match.entry, undefined, true);
  return true;
}

/** The terms on the page, most frequent first; a kind of document's marks count by title, one row per title. */
export function pageTerms(store: MarkStore, glossary: PageGlossary): PageTerm[] {
  const counts = new Map<string, PageTerm>();
  for (const mark of store.ids()) {
    if (!store.shows(mark)) continue;
    const id = glossary.entries.get(store.entry(mark)).id;
    const title = titleOf(store, glossary, mark);
    const key = termKey(id, title);
    const term = counts.get(key) ?? { id, count: 0, ...(title === undefined ? {} : { title }) };
    term.count++;
    counts.set(key, term);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** One row of the page's terms: an entry, or a kind of document's entry with one title. */
const termKey = (id: string, title: string | undefined) => (title === undefined ? id : `${id}\u0000${title}`);

/** The 《》 title a kind of document's mark stands for (the mark's text), or undefined for any other entry's mark. */
function titleOf(store: MarkStore, glossary: PageGlossary, mark: number): string | undefined {
  return glossary.entries.get(store.entry(mark)).subtype === 'document-kind' ? store.range(mark).toString() : undefined;
}
