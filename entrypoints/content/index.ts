/**
 * The content script: reads the page's text, marks glossary terms with CSS highlights and opens a card when the
 * pointer rests on one, or from the keyboard and the context menu. Runs in every frame; each frame marks its own
 * document and keeps its marks current.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { FOCUS_FLASH_MS } from '../../platform/constants';
import { pageGlossary, type PageGlossary } from './page-glossary';
import { onMessages, sendToBackground, type CommandName, type PageTerm } from '../../platform/messages';
import { highlightNames } from '../../platform/highlight-styles';
import { loadUserTerms } from '../../user-terms/store';
import { loadSettings, marksEntry, siteDisabled, type Settings } from '../../platform/settings';
import { CardHost } from './card-host';
import { PageEngine } from './engine';
import { highlightsSupported } from './highlighter';
import './highlights.css';
import { CardController } from './hover';
import type { Mark, MarkStore } from './marks';

/** When this frame's script started evaluating: start-up time is measured from here. */
const scriptStart = performance.now();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const settings = await loadSettings();
    const isTop = window === window.top;
    if (siteDisabled(settings, location.hostname)) {
      if (isTop) onMessages({ 'page-info': () => ({ host: location.hostname, marking: false }) });
      return;
    }
    if (!settings.enabled || !highlightsSupported() || ctx.isInvalid) return;
    // Read (and validated) only where the page is marked: a site that is off, in every frame of it, pays nothing.
    const userTerms = await loadUserTerms();
    // Start-up work is measured from here: the settings read before it is asynchronous (the page runs meanwhile).
    const settingsAt = performance.now();

    const glossary = pageGlossary({
      userTerms,
      marks: (entry) => marksEntry(settings, entry.type, entry.status),
      highlightNames: highlightNames(settings.highlightStyle, settings.colours),
    });
    // The whole document, not <body>: a single-page app may replace <body> whole on navigation (Turbo Drive does),
    // and an engine watching the old one would see nothing of the new page (found by the corpus's spa-turbo page).
    // <head> is never read (SKIPPED_TAGS).
    const engine = new PageEngine(document, document.documentElement, glossary);
    const card = new CardHost(document, cardOptions(glossary, settings));
    const controller = new AbortController();
    const cards = new CardController({
      doc: document,
      store: engine.store,
      card,
      glossary,
      dwellMs: settings.dwellMs,
      modifier: settings.modifier,
      requireModifier: settings.requireModifier,
      signal: controller.signal,
      shadowRoots: engine.shadowRoots,
    });
    ctx.onInvalidated(() => {
      controller.abort();
      engine.stop();
      card.destroy();
    });
    const reveal = new Revealer(engine.store, glossary);
    const startedAt = performance.now();
    // For `npm run bench` and debugging: this global lives in the content script's isolated world, which pages
    // cannot see; the bench reads it over the DevTools protocol.
    (globalThis as { __cpl?: unknown }).__cpl = { engine, card, settingsWait: settingsAt - scriptStart, startupWork: startedAt - settingsAt };

    onMessages({
      command: ({ name }) => runCommand(name, engine, cards),
      'lookup-selection': ({ text }) => ({ found: lookUpSelection(text, glossary, cards) }),
      ...(isTop
        ? {
            'page-info': () => ({ host: location.hostname, marking: !cards.paused, capped: engine.highlighter.capped }),
            'reveal-term': ({ id }) => ({ found: reveal.next(id) }),
          }
        : {}),
    });
    await engine.start();

    if (isTop) {
      onMessages({ 'list-page-terms': () => pageTerms(engine.store, glossary) });
      const byType = Object.fromEntries(ENTRY_TYPES.map((t) => [t, 0])) as Record<EntryType, number>;
      let total = 0;
      for (const id of engine.store.ids()) {
        if (!engine.store.shows(id)) continue;
        byType[glossary.entries[engine.store.entry(id)].type]++;
        total++;
      }
      void sendToBackground('page-terms', { total, byType }).catch(() => {
        // The background may be restarting (MV3 service worker); the badge is a nicety, not worth a retry.
      });
    }
  },
});

function cardOptions(glossary: PageGlossary, settings: Settings) {
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  const lang = document.documentElement.lang || navigator.language;
  return {
    nameOf: (id: string) => byId.get(id)?.acronyms?.[0] ?? byId.get(id)?.en,
    entryOf: (id: string) => byId.get(id),
    loadDetails: (id: string) => sendToBackground('entry-details', { id }).catch(() => undefined),
    theme: settings.theme,
    // Traditional first where the reader chose it, or on pages in traditional Chinese.
    traditionalFirst: settings.script === 'traditional' || (settings.script === 'auto' && /^zh-(tw|hk|mo|hant)/i.test(lang)),
    locale: navigator.language,
  };
}

/** The ids of the marks shown, in document order. */
function orderedMarks(store: MarkStore): number[] {
  return store
    .ids()
    .filter((id) => store.shows(id))
    .sort((a, b) => (store.before(a, b) ? -1 : store.before(b, a) ? 1 : 0));
}

function runCommand(name: CommandName, engine: PageEngine, cards: CardController): void {
  if (name === 'toggle-marking') {
    cards.paused = !cards.paused;
    cards.hide();
    engine.highlighter.setPaused(cards.paused);
    return;
  }
  if (cards.paused) return;
  const store = engine.store;
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
class Revealer {
  private readonly last = new Map<string, Mark>();

  constructor(
    private readonly store: MarkStore,
    private readonly glossary: PageGlossary,
  ) {}

  next(id: string): boolean {
    const store = this.store;
    const ids = orderedMarks(store).filter((m) => this.glossary.entries[store.entry(m)].id === id);
    if (!ids.length) return false;
    // The last mark shown, if it is still on the page (its id may since have gone to another mark).
    const previous = this.last.get(id);
    const at = previous && store.holds(previous) ? ids.indexOf(previous.id) : -1;
    const mark = store.mark(ids[(at + 1) % ids.length]);
    this.last.set(id, mark);
    flash(mark);
    return true;
  }
}

/** Opens the card for the first term in a selection looked up from the context menu; false if it has none. */
function lookUpSelection(text: string, glossary: PageGlossary, cards: CardController): boolean {
  const match = glossary.matcher.match(text)[0];
  const selection = getSelection();
  if (!match || !selection?.rangeCount) return false;
  cards.openRange(selection.getRangeAt(0).cloneRange(), match.surface, match.entry, undefined, true);
  return true;
}

function pageTerms(store: MarkStore, glossary: PageGlossary): PageTerm[] {
  const counts = new Map<string, number>();
  for (const mark of store.ids()) {
    if (!store.shows(mark)) continue;
    const id = glossary.entries[store.entry(mark)].id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
