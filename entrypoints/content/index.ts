/**
 * The content script: reads the page's text, marks glossary terms with CSS highlights and opens a card when the
 * pointer rests on one. Runs in every frame; each frame marks its own document and keeps its marks current.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { pageGlossary, type PageGlossary } from '../../lib/glossary';
import { onMessages, sendToBackground, type PageTerm } from '../../lib/messages';
import { loadSettings } from '../../lib/settings';
import { CardHost } from './card-host';
import { PageEngine } from './engine';
import { highlightsSupported } from './highlighter';
import './highlights.css';
import { startHover } from './hover';
import type { MarkStore } from './marks';

/** When this frame's script started evaluating: start-up time is measured from here. */
const scriptStart = performance.now();

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const settings = await loadSettings();
    if (!settings.enabled || !highlightsSupported() || ctx.isInvalid) return;
    // Start-up work is measured from here: the settings read before it is asynchronous (the page runs meanwhile).
    const settingsAt = performance.now();

    const glossary = pageGlossary();
    const engine = new PageEngine(document, document.body ?? document.documentElement, glossary);
    // For `npm run bench` and debugging: this global lives in the content script's isolated world, which pages
    // cannot see; the bench reads it over the DevTools protocol.
    const startedAt = performance.now();
    (globalThis as { __cpl?: unknown }).__cpl = { engine, settingsWait: settingsAt - scriptStart, startupWork: startedAt - settingsAt };
    const card = new CardHost(document);
    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      engine.stop();
      card.destroy();
    });
    startHover({ doc: document, store: engine.store, card, glossary, signal: controller.signal });
    await engine.start();

    if (window === window.top) {
      onMessages({ 'list-page-terms': () => pageTerms(engine.store, glossary) });
      const byType = Object.fromEntries(ENTRY_TYPES.map((t) => [t, 0])) as Record<EntryType, number>;
      let total = 0;
      for (const m of engine.store.all()) {
        if (!engine.store.shows(m)) continue;
        byType[glossary.entries[m.entry].type]++;
        total++;
      }
      void sendToBackground('page-terms', { total, byType }).catch(() => {
        // The background may be restarting (MV3 service worker); the badge is a nicety, not worth a retry.
      });
    }
  },
});

function pageTerms(store: MarkStore, glossary: PageGlossary): PageTerm[] {
  const counts = new Map<string, number>();
  for (const m of store.all()) {
    if (!store.shows(m)) continue;
    const id = glossary.entries[m.entry].id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
