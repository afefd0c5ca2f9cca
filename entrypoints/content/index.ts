/**
 * The content script: reads the page's text, marks glossary terms with CSS highlights and opens a card when the
 * pointer rests on one, or from the keyboard and the context menu. Declared for top frames; the background injects
 * this same file into a sub-frame once that frame's gate (entrypoints/frames.content) finds text there. Each frame
 * marks its own document and keeps its marks current.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { pageGlossary, relatedEntries, type PageGlossary } from './page-glossary';
import { onMessages, sendToBackground } from '../../platform/messages';
import { highlightNames } from '../../platform/highlight-styles';
import { loadUserTerms } from '../../user-terms/store';
import { loadPackedTerms, packedFile } from '../../user-terms/packed';
import { fetchGlossaryFile } from '../../platform/glossary-file';
import { loadSettings, marksEntry, siteDisabled, type Settings } from '../../platform/settings';
import { CardController } from './card-controller';
import { CardHost, HOST_TAG } from './card-host';
import { highlightsSupported } from './highlighter';
import './highlights.css';
import { Revealer, lookUpSelection, pageTerms, runCommand } from './page-commands';
import { PauseSwitch } from './pause';
import { PageEngine } from './scanning';
import type { MarkStore } from './marks';
import { CARD_WARM_IDLE_TIMEOUT_MS } from '../../platform/constants';

/** When this frame's script started evaluating: start-up time is measured from here. */
const scriptStart = performance.now();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
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
    // A document may have no root yet (or lose it to the page's own scripts), or be SVG or other XML: wait for an
    // HTML root, and leave the others alone.
    let root: HTMLElement | null = (await htmlRoot(document)) ?? null;
    if (!root || ctx.isInvalid) return;
    // Read (and validated) only where the page is marked: a site that is off, in every frame of it, pays nothing.
    // The glossary file is fetched while the user's terms are read.
    const termsFrom = performance.now();
    let fetched = 0;
    const file = fetchGlossaryFile().then((bytes) => ((fetched = performance.now() - termsFrom), bytes));
    // Their compiled form where it is current; else (not yet compiled by this version) the terms, compiled here.
    const packed = await loadPackedTerms();
    const userTermsFile = packed && (await packedFile(packed).catch(() => undefined));
    const userTerms = userTermsFile ? undefined : await loadUserTerms();
    const glossaryFile = await file;
    if (ctx.isInvalid) return;
    // Start-up work is measured from here: the reads before it are asynchronous (the page runs meanwhile).
    const settingsAt = performance.now();

    const glossary = pageGlossary({
      file: glossaryFile,
      userTerms,
      userTermsFile,
      marks: (entry) => marksEntry(settings, entry.type, entry.status),
      highlightNames: highlightNames(settings.highlightStyle, settings.colours),
    });
    glossary.timings.userTermsRead = settingsAt - termsFrom;
    glossary.timings.glossaryFetch = fetched;
    const marking: Marking = { settings, glossary, isTop, settingsAt };
    let stop = markDocument(root, marking);
    // The page's own scripts may put a new root in place of the old one (document.open() and write(), or
    // replaceChild): the marks, cards and messages follow the document's root, whichever it is.
    const roots = new MutationObserver(() => {
      const now = document.documentElement;
      if (now === root) return;
      stop();
      root = now?.namespaceURI === XHTML ? (now as HTMLElement) : null;
      stop = root ? markDocument(root, marking) : () => undefined;
    });
    roots.observe(document, { childList: true });
    ctx.onInvalidated(() => {
      roots.disconnect();
      stop();
    });
  },
});

interface Marking {
  settings: Settings;
  glossary: PageGlossary;
  isTop: boolean;
  /** When the settings had been read (performance.now()): start-up work is measured from here. */
  settingsAt: number;
}

/** Marks the document under `root` and keeps it marked, with cards and the popup's messages; returns a stop. */
function markDocument(root: HTMLElement, { settings, glossary, isTop, settingsAt }: Marking): () => void {
  // The whole document, not <body>: a single-page app may replace <body> whole on navigation (Turbo Drive does),
  // and an engine watching the old one would see nothing of the new page (found by the corpus's spa-turbo page).
  // <head> is never read (SKIPPED_TAGS).
  const pause = new PauseSwitch();
  const engine = new PageEngine(document, root, glossary, { pause, ignoredTags: [HOST_TAG] });
  const card = new CardHost(document, cardOptions(glossary, settings, root));
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
    pause,
    shadowRoots: engine.shadowRoots,
  });
  const reveal = new Revealer(engine.store, glossary);
  const startedAt = performance.now();
  // For `npm run bench` and debugging: this global lives in the content script's isolated world, which pages
  // cannot see; the bench reads it over the DevTools protocol.
  (globalThis as { __cpl?: unknown }).__cpl = {
    engine,
    card,
    settingsWait: settingsAt - scriptStart,
    startupWork: startedAt - settingsAt,
    phases: glossary.timings,
  };

  const unlisten = onMessages({
    command: ({ name }) => runCommand(name, pause, engine.store, cards),
    'lookup-selection': ({ text }) => ({ found: lookUpSelection(text, glossary, cards) }),
    ...(isTop
      ? {
          'page-info': () => ({ host: location.hostname, marking: !pause.paused, capped: engine.highlighter.capped }),
          'reveal-term': ({ id, title }) => ({ found: reveal.next(id, title) }),
        }
      : {}),
  });
  let unlistenTerms = () => {};
  void engine.start().then(() => {
    if (controller.signal.aborted) return;
    warmCard(card, engine.store, glossary, controller.signal);
    if (!isTop) return;
    unlistenTerms = onMessages({ 'list-page-terms': () => pageTerms(engine.store, glossary) });
    const byType = Object.fromEntries(ENTRY_TYPES.map((t) => [t, 0])) as Record<EntryType, number>;
    let total = 0;
    for (const id of engine.store.ids()) {
      if (!engine.store.shows(id)) continue;
      byType[glossary.typeOf(engine.store.entry(id))]++;
      total++;
    }
    void sendToBackground('page-terms', { total, byType }).catch(() => {
      // The background may be restarting (MV3 service worker); the badge is a nicety, not worth a retry.
    });
  });
  return () => {
    controller.abort();
    engine.stop();
    card.destroy();
    unlisten();
    unlistenTerms();
  };
}

/** Rehearses the first card when the page is idle, with the first mark's entry, if the page has any marks. */
function warmCard(card: CardHost, store: MarkStore, glossary: PageGlossary, signal: AbortSignal): void {
  if (!store.size) return;
  const idle = requestIdleCallback(
    () => {
      // Looked up here, on idle, not on the way out of the first scan: listing a long page's marks is work too.
      const first = store.ids()[0];
      if (!signal.aborted && first !== undefined) card.warm(glossary.entries.get(store.entry(first)));
    },
    { timeout: CARD_WARM_IDLE_TIMEOUT_MS },
  );
  signal.addEventListener('abort', () => cancelIdleCallback(idle));
}

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The document's root element once it has one, if it is HTML's; undefined for SVG and other XML documents. */
function htmlRoot(doc: Document): Promise<HTMLElement | undefined> {
  const html = () => (doc.documentElement?.namespaceURI === XHTML ? (doc.documentElement as HTMLElement) : undefined);
  if (doc.documentElement) return Promise.resolve(html());
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!doc.documentElement) return;
      observer.disconnect();
      resolve(html());
    });
    observer.observe(doc, { childList: true });
  });
}

function cardOptions(glossary: PageGlossary, settings: Settings, root: HTMLElement) {
  const lang = root.lang || navigator.language;
  return {
    ...relatedEntries(glossary),
    loadDetails: (id: string) => sendToBackground('entry-details', { id }).catch(() => undefined),
    theme: settings.theme,
    // Traditional first where the reader chose it, or on pages in traditional Chinese.
    traditionalFirst:
      settings.script === 'traditional' || (settings.script === 'auto' && /^zh-(tw|hk|mo|hant)/i.test(lang)),
  };
}
