/** The toolbar popup: search the whole glossary in English, Chinese or pinyin as you type. */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ResultItem } from '../../components/ResultItem';
import { SEARCH_MAX_RESULTS } from '../../lib/constants';
import { entries } from '../../lib/glossary-full';
import { t } from '../../lib/i18n';
import { GlossarySearch } from '../../lib/search';

export function App() {
  const [query, setQuery] = useState('');
  // Built once per popup open: the popup is a fresh document each time.
  const search = useMemo(() => new GlossarySearch(entries), []);
  const results = useMemo(() => search.search(query, SEARCH_MAX_RESULTS), [search, query]);
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
    </main>
  );
}
