/**
 * The popup's search: one box for English, Chinese or pinyin, results as a listbox driven from the box (the ARIA
 * combobox pattern: focus stays in the box, arrow keys move the active result, Enter opens it, Escape clears).
 * With the box empty it offers the entries viewed lately and a way to browse each type.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ResultItem } from '../../components/ResultItem';
import { typeLabel } from '../../components/labels';
import type { CompiledEntry } from '../../matching/model';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { SEARCH_FUZZY_DELAY_MS, SEARCH_MAX_RESULTS } from '../../platform/constants';
import { t } from '../../platform/i18n';
import type { GlossarySearch } from './search';

export interface SearchTabProps {
  entries: readonly CompiledEntry[];
  search: GlossarySearch;
  query: string;
  setQuery: (q: string) => void;
  recent: readonly CompiledEntry[];
  onOpen: (entry: CompiledEntry) => void;
}

const collator = new Intl.Collator('en');

export function SearchTab({ entries, search, query, setQuery, recent, onOpen }: SearchTabProps) {
  const [browse, setBrowse] = useState<EntryType | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();
  const quick = useMemo(() => {
    if (!trimmed) return { results: [], fuzzy: false };
    const start = performance.now();
    const found = search.quick(trimmed, SEARCH_MAX_RESULTS);
    // Read by `npm run bench`: the search's own time per keystroke, apart from rendering.
    performance.measure('cpl-search', { start, end: performance.now() });
    return { results: found.results.map((r) => r.entry), fuzzy: found.fuzzy };
  }, [search, trimmed]);
  // The fuzzy hits (a typo's), once typing pauses: for the query they were found for only.
  const [fuzzy, setFuzzy] = useState<{ query: string; results: CompiledEntry[] } | null>(null);
  useEffect(() => {
    if (!quick.fuzzy) return;
    const timer = setTimeout(() => {
      setFuzzy({ query: trimmed, results: search.search(trimmed, SEARCH_MAX_RESULTS).map((r) => r.entry) });
    }, SEARCH_FUZZY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, trimmed, quick]);
  const fuzzyHits = quick.fuzzy && fuzzy?.query === trimmed ? fuzzy.results : null;
  const pending = quick.fuzzy && !fuzzyHits;
  const results = fuzzyHits ?? quick.results;
  const browsed = useMemo(
    () => (browse ? entries.filter((e) => e.type === browse).sort((a, b) => collator.compare(a.en, b.en)) : []),
    [entries, browse],
  );
  const list = trimmed ? results : browse ? browsed : recent;
  const current = Math.min(active, list.length - 1);
  const optionId = (e: CompiledEntry) => `cpl-opt-${e.id}`;
  const counts = useMemo(
    () => Object.fromEntries(ENTRY_TYPES.map((type) => [type, entries.filter((e) => e.type === type).length])),
    [entries],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      if (!list.length) return;
      const next = (to + list.length) % list.length;
      setActive(next);
      document.getElementById(optionId(list[next]))?.scrollIntoView({ block: 'nearest' });
    };
    if (e.key === 'ArrowDown') move(current + 1);
    else if (e.key === 'ArrowUp') move(current - 1);
    else if (e.key === 'Home' && e.ctrlKey) move(0);
    else if (e.key === 'End' && e.ctrlKey) move(list.length - 1);
    else if (e.key === 'Enter' && list[current]) {
      e.preventDefault();
      onOpen(list[current]);
    } else if (e.key === 'Escape' && (query || browse)) {
      // Clear first; a second Escape, with nothing to clear, closes the popup as usual.
      e.preventDefault();
      setQuery('');
      setBrowse(null);
      setActive(0);
    }
  };

  const summary = trimmed
    ? results.length
      ? t('searchResults', String(results.length))
      : pending
        ? t('searchPending')
        : t('searchNoResults', trimmed)
    : browse
      ? t('popupBrowsing', [typeLabel(browse), String(browsed.length)])
      : t('searchHint', String(entries.length));

  return (
    <>
      <input
        ref={input}
        type="search"
        class="cpl-search"
        autoFocus
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        // Preact's types allow role="combobox" on an input only together with a `list` attribute (a datalist);
        // ARIA in HTML allows it on a search input without one, which is the pattern here.
        {...({ role: 'combobox' } as Record<string, string>)}
        aria-autocomplete="list"
        aria-expanded={list.length > 0}
        aria-controls="cpl-results"
        aria-activedescendant={list[current] ? optionId(list[current]) : undefined}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="cpl-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {!trimmed && !browse ? (
        <div class="cpl-browse" role="group" aria-label={t('popupBrowse')}>
          <span class="cpl-browse-label">{t('popupBrowse')}</span>
          {ENTRY_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              class="cpl-chip"
              data-browse={type}
              onClick={() => {
                setBrowse(type);
                setActive(0);
                // Back to the box, which drives the list: arrows move through the type's entries, Escape returns.
                input.current?.focus();
              }}
            >
              {t('popupBrowseType', [typeLabel(type), String(counts[type])])}
            </button>
          ))}
        </div>
      ) : null}
      {!trimmed && !browse && recent.length ? (
        <h2 class="cpl-list-heading" id="cpl-recent-heading">
          {t('popupRecent')}
        </h2>
      ) : null}
      <ul
        id="cpl-results"
        class="cpl-results"
        role="listbox"
        aria-label={!trimmed && !browse ? t('popupRecent') : t('searchLabel')}
      >
        {list.map((entry, i) => (
          <ResultItem
            key={entry.id}
            entry={entry}
            id={optionId(entry)}
            selected={i === current}
            onClick={() => onOpen(entry)}
          />
        ))}
      </ul>
    </>
  );
}
