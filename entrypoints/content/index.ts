/**
 * The content script: reads the page's text, marks glossary terms with CSS highlights and opens a card when the
 * pointer rests on one. Runs in every frame; each frame marks its own document.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { getMatcher, glossary } from '../../lib/glossary';
import { onMessages, sendToBackground, type PageTerm } from '../../lib/messages';
import { loadSettings } from '../../lib/settings';
import { CardHost } from './card-host';
import { clearHighlights, highlightsSupported, registerHighlights } from './highlights';
import './highlights.css';
import { HitIndex } from './hit-test';
import { startHover } from './hover';
import { scanPage, type PageMatch } from './page-scan';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const settings = await loadSettings();
    if (!settings.enabled || !highlightsSupported() || ctx.isInvalid) return;

    const root = document.body ?? document.documentElement;
    const matches = scanPage(root, getMatcher(), glossary);
    registerHighlights(matches, glossary);

    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      clearHighlights();
      card.destroy();
    });
    const card = new CardHost(document);
    startHover({ doc: document, index: new HitIndex(matches), matches, card, glossary, signal: controller.signal });

    if (window === window.top) {
      onMessages({ 'list-page-terms': () => pageTerms(matches) });
      const byType = Object.fromEntries(ENTRY_TYPES.map((t) => [t, 0])) as Record<EntryType, number>;
      for (const m of matches) byType[glossary.entries[m.entry].type]++;
      void sendToBackground('page-terms', { total: matches.length, byType }).catch(() => {
        // The background may be restarting (MV3 service worker); the badge is a nicety, not worth a retry.
      });
    }
  },
});

function pageTerms(matches: readonly PageMatch[]): PageTerm[] {
  const counts = new Map<string, number>();
  for (const m of matches) {
    const id = glossary.entries[m.entry].id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
