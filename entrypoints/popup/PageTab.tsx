/**
 * "On this page": the terms the active tab's content script found, grouped by type with counts. Choosing one
 * scrolls the page to its next mention and flashes it; the list can be copied or saved as CSV or Markdown for a
 * report's glossary.
 */
import { useState } from 'preact/hooks';
import { TypeBadge } from '../../components/TypeBadge';
import { typeLabel } from '../../components/labels';
import { copyTermList, saveTermList } from '../../components/term-list-export';
import type { TermCount, TermListFormat } from '../../components/term-list';
import { ENTRY_TYPES } from '../../glossary/schema';
import { t } from '../../platform/i18n';

export interface PageTabProps {
  /** null while asking, or when the page cannot be read (browser pages, the store). */
  terms: TermCount[] | null;
  capped: number;
  onReveal: (id: string, title?: string) => Promise<boolean>;
}

export function PageTab({ terms, capped, onReveal }: PageTabProps) {
  const [status, setStatus] = useState('');
  if (!terms) return <p class="cpl-summary">{t('pageUnavailable')}</p>;
  if (!terms.length) return <p class="cpl-summary">{t('pageNone')}</p>;

  const mentions = terms.reduce((n, x) => n + x.count, 0);
  const copy = async (format: TermListFormat) => setStatus(await copyTermList(terms, format));
  const download = (format: TermListFormat) => setStatus(saveTermList(terms, format));
  const reveal = async (term: TermCount) => {
    const name = term.title === undefined ? term.entry.en : `《${term.title}》`;
    setStatus((await onReveal(term.entry.id, term.title)) ? t('pageRevealed', name) : t('pageRevealFailed'));
  };

  return (
    <>
      <p class="cpl-summary">{t('pageSummary', [String(terms.length), String(mentions)])}</p>
      <p id="cpl-reveal-hint" hidden>
        {t('pageRevealHint')}
      </p>
      {capped ? (
        <p class="cpl-note" data-capped={capped}>
          {t('pageCapped', String(capped))}
        </p>
      ) : null}
      {ENTRY_TYPES.map((type) => {
        const group = terms.filter((x) => x.entry.type === type);
        if (!group.length) return null;
        const headingId = `cpl-page-${type}`;
        return (
          <section key={type} class="cpl-page-group" aria-labelledby={headingId}>
            <h2 class="cpl-list-heading" id={headingId}>
              {t('pageGroup', [typeLabel(type), String(group.length), String(group.reduce((n, x) => n + x.count, 0))])}
            </h2>
            <ul class="cpl-page-terms">
              {group.map((x) => (
                <li key={x.title === undefined ? x.entry.id : `${x.entry.id} ${x.title}`}>
                  <button
                    type="button"
                    class="cpl-page-term"
                    data-entry-id={x.entry.id}
                    aria-describedby="cpl-reveal-hint"
                    onClick={() => void reveal(x)}
                  >
                    <TypeBadge type={x.entry.type} />
                    {x.title === undefined ? (
                      <>
                        <span class="cpl-result-en">{x.entry.en}</span>
                        <span lang="zh-CN">{x.entry.zh}</span>
                      </>
                    ) : (
                      // A title the glossary does not hold: the title itself, and the kind of document it is.
                      <>
                        <span lang="zh-CN">《{x.title}》</span>
                        <span class="cpl-result-en">{t('pageDocumentKind', x.entry.en)}</span>
                      </>
                    )}
                    <span class="cpl-count">×{x.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <div class="cpl-actions-row" role="group" aria-label={t('pageExport')}>
        <button type="button" data-copy-list="markdown" onClick={() => void copy('markdown')}>
          {t('pageCopyMarkdown')}
        </button>
        <button type="button" data-copy-list="csv" onClick={() => void copy('csv')}>
          {t('pageCopyCsv')}
        </button>
        <button type="button" data-download-list="markdown" onClick={() => download('markdown')}>
          {t('pageDownloadMarkdown')}
        </button>
        <button type="button" data-download-list="csv" onClick={() => download('csv')}>
          {t('pageDownloadCsv')}
        </button>
      </div>
      <p class="cpl-hint" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
