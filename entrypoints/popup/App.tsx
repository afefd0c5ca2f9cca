/**
 * The toolbar popup: search the whole glossary as you type, see the terms on the current page, open an entry in
 * full (the hover card's expanded view, the same component), and turn the extension off or on for the site.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Card } from '../../components/Card';
import type { CompiledEntry } from '../../matching/model';
import { t } from '../../platform/i18n';
import { sendToTab, type PageTerm } from '../../platform/messages';
import { readerUrl } from '../../platform/pdf-links';
import { pdfInTab } from './pdf-tab';
import { recentItem, rememberEntry, withRecent } from './recent';
import { GlossarySearch } from './search';
import { loadSettings, siteDisabled, toggledSites, updateSettings, type Settings } from '../../platform/settings';
import type { TermCount } from '../../components/term-list';
import { PageTab } from './PageTab';
import { SearchTab } from './SearchTab';
import { useEntries } from './use-entries';

interface CurrentTab {
  tabId: number;
  host: string;
  off: boolean;
  capped: number;
}

/**
 * The page the popup is about: the active tab, or, when the popup was opened as a page of its own (the context
 * menu's fallback where `action.openPopup` is not allowed), the tab named in its address. Its site is asked of its
 * content script (no `tabs` permission needed); null on pages we cannot run on.
 */
async function popupTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(named) && named > 0
    ? named
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

async function currentTab(settings: Settings, tabId: number | undefined): Promise<CurrentTab | null> {
  if (tabId === undefined) return null;
  const info = await sendToTab(tabId, 'page-info', {}).catch(() => null);
  if (!info?.host) return null;
  return { tabId, host: info.host, off: siteDisabled(settings, info.host), capped: info.capped ?? 0 };
}

type TabName = 'search' | 'page';
const TABS: TabName[] = ['search', 'page'];

export function App() {
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [tab, setTab] = useState<TabName>('search');
  const [open, setOpen] = useState<CompiledEntry | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<CurrentTab | null>(null);
  const [pageList, setPageList] = useState<PageTerm[] | null>(null);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [pdf, setPdf] = useState<string | null>(null);
  const { entries, byId } = useEntries();
  // Built once per popup open (the popup is a fresh document each time), and again only if the user's terms change.
  const search = useMemo(() => {
    const start = performance.now();
    const built = new GlossarySearch(entries);
    // Read by `npm run bench` (the index build is the popup's main start-up cost).
    performance.measure('cpl-search-index', { start, end: performance.now() });
    return built;
  }, [entries]);
  const recent = useMemo(
    () => recentIds.map((id) => byId.get(id)).filter((e): e is CompiledEntry => !!e),
    [recentIds, byId],
  );
  // Entries looked up as they load: the user's terms arrive after the bundled ones, and the page's list is asked once.
  const pageTerms = useMemo<TermCount[] | null>(
    () =>
      pageList &&
      pageList.flatMap(({ id, count, title }) =>
        byId.has(id) ? [{ entry: byId.get(id)!, count, ...(title === undefined ? {} : { title }) }] : [],
      ),
    [pageList, byId],
  );

  useEffect(() => {
    void loadSettings().then(async (s) => {
      setSettings(s);
      const tabId = await popupTabId();
      if (tabId !== undefined) void pdfInTab(tabId).then(setPdf);
      const current = await currentTab(s, tabId);
      setSite(current);
      if (current) setPageList(await sendToTab(current.tabId, 'list-page-terms', {}).catch(() => null));
    });
    void recentItem.getValue().then(setRecentIds);
    // A look-up from the context menu that found no term on the page arrives as a pending query.
    void browser.storage.local.get('pendingQuery').then(({ pendingQuery }) => {
      if (typeof pendingQuery === 'string') {
        setQuery(pendingQuery);
        void browser.storage.local.remove('pendingQuery');
      }
    });
  }, []);

  // The entry view takes focus (the search box it replaced is gone), so Escape and Tab work in it at once.
  useEffect(() => {
    if (open) document.querySelector<HTMLElement>('.cpl-card')?.focus();
  }, [open]);

  const openEntry = (entry: CompiledEntry) => {
    setOpen(entry);
    setRecentIds((ids) => withRecent(ids, entry.id));
    void rememberEntry(entry.id);
  };
  const back = () => {
    setOpen(null);
    // Back where the reader was: the search box (its text and results kept).
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(tab === 'search' ? '.cpl-search' : `[role="tab"][aria-selected="true"]`)
        ?.focus(),
    );
  };
  const toggleSite = async () => {
    if (!site || !settings) return;
    const next = await updateSettings({ sites: toggledSites(settings, site.host) });
    setSettings(next);
    await browser.tabs.reload(site.tabId);
    setSite({ ...site, off: siteDisabled(next, site.host) });
  };
  const openPdf = async () => {
    if (!pdf) return;
    await browser.tabs.create({ url: readerUrl(pdf) });
    // A real popup closes behind the new tab; the popup opened as a page (`?tab=`) stays.
    if (!new URLSearchParams(location.search).has('tab')) close();
  };
  const reveal = (id: string, title?: string) =>
    site
      ? sendToTab(site.tabId, 'reveal-term', { id, ...(title === undefined ? {} : { title }) }).then(
          (r) => r.found,
          () => false,
        )
      : Promise.resolve(false);

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    setTab(next);
    document.getElementById(`cpl-tab-${next}`)?.focus();
  };

  if (open && settings) {
    const entry = open;
    return (
      <main class="cpl-popup cpl-popup-entry">
        <Card
          entry={entry}
          alternatives={[]}
          nameOf={(id) => byId.get(id)?.acronyms?.[0] ?? byId.get(id)?.en}
          onNavigate={(id) => byId.has(id) && openEntry(byId.get(id)!)}
          onClose={back}
          loadDetails={(id) =>
            Promise.resolve(byId.get(id) && { definition: byId.get(id)!.definition, sources: byId.get(id)!.sources })
          }
          traditionalFirst={settings.script === 'traditional'}
          theme={settings.theme}
          initiallyExpanded
          closeLabel={t('popupBack')}
        />
      </main>
    );
  }

  const termCount = pageTerms?.length;
  return (
    <main class="cpl-popup">
      <header class="cpl-popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="cpl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </header>
      {pdf ? (
        <p class="cpl-open-pdf">
          <button type="button" id="cpl-open-pdf" onClick={() => void openPdf()}>
            {t('popupOpenPdf')}
          </button>
        </p>
      ) : null}
      <div class="cpl-tabs" role="tablist" aria-label={t('popupViews')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`cpl-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`cpl-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={onTabKey}
          >
            {name === 'search'
              ? t('popupTabSearch')
              : termCount
                ? t('popupTabPageCount', String(termCount))
                : t('popupTabPage')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`cpl-panel-${tab}`} aria-labelledby={`cpl-tab-${tab}`} class="cpl-panel">
        {tab === 'search' ? (
          <SearchTab
            entries={entries}
            search={search}
            query={query}
            setQuery={setQuery}
            recent={recent}
            onOpen={openEntry}
          />
        ) : (
          <PageTab terms={pageTerms} capped={site?.capped ?? 0} onReveal={reveal} />
        )}
      </div>
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
