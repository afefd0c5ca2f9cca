/**
 * The toolbar popup: search the whole glossary in English, Chinese or pinyin as you type, and turn the extension off
 * or on for the current site.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ResultItem } from '../../components/ResultItem';
import { SEARCH_MAX_RESULTS } from '../../lib/constants';
import { entries } from '../../lib/glossary-full';
import { t } from '../../lib/i18n';
import { sendToTab } from '../../lib/messages';
import { loadSettings, siteDisabled, updateSettings } from '../../lib/settings';
import { GlossarySearch } from '../../lib/search';

interface CurrentSite {
  tabId: number;
  host: string;
  off: boolean;
}

/** The active tab's site, asked of its content script (no `tabs` permission needed), or null on pages we cannot run on. */
async function currentSite(): Promise<CurrentSite | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const info = await sendToTab(tab.id, 'page-info', {}).catch(() => null);
  if (!info?.host) return null;
  return { tabId: tab.id, host: info.host, off: siteDisabled(await loadSettings(), info.host) };
}

export function App() {
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [site, setSite] = useState<CurrentSite | null>(null);
  // Built once per popup open: the popup is a fresh document each time.
  const search = useMemo(() => new GlossarySearch(entries), []);
  const results = useMemo(() => search.search(query, SEARCH_MAX_RESULTS), [search, query]);
  useEffect(() => {
    void currentSite().then(setSite);
    // A look-up from the context menu that found no term on the page arrives as a pending query.
    void browser.storage.local.get('pendingQuery').then(({ pendingQuery }) => {
      if (typeof pendingQuery === 'string') {
        setQuery(pendingQuery);
        void browser.storage.local.remove('pendingQuery');
      }
    });
  }, []);

  const toggleSite = async () => {
    if (!site) return;
    const { disabledSites } = await loadSettings();
    await updateSettings({ disabledSites: site.off ? disabledSites.filter((s) => s !== site.host) : [...disabledSites, site.host] });
    await browser.tabs.reload(site.tabId);
    setSite({ ...site, off: !site.off });
  };

  return (
    <main class="cpl-popup">
      <header class="cpl-popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="cpl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </header>
      <input
        type="search"
        class="cpl-search"
        autoFocus
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-controls="cpl-results"
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <p class="cpl-summary" role="status" aria-live="polite">
        {!query.trim()
          ? t('searchHint', String(entries.length))
          : results.length
            ? t('searchResults', String(results.length))
            : t('searchNoResults', query.trim())}
      </p>
      <ul id="cpl-results" class="cpl-results" aria-label={t('searchLabel')}>
        {results.map((r) => (
          <ResultItem key={r.entry.id} entry={r.entry} />
        ))}
      </ul>
      {site ? (
        <p class="cpl-site-toggle">
          <button type="button" class="cpl-link" id="cpl-site-toggle" onClick={() => void toggleSite()}>
            {site.off ? t('popupSiteOff', site.host) : t('popupSiteOn', site.host)}
          </button>
        </p>
      ) : null}
    </main>
  );
}
