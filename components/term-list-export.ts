/**
 * Copying and saving a page's terms, as the popup's "On this page" list and the PDF reader's terms list both offer
 * them: the same columns in the reader's language, the same file names and types.
 */
import { t } from '../platform/i18n';
import { typeLabel } from './labels';
import { saveText } from './save-text';
import { termList, type TermCount, type TermListFormat } from './term-list';

const labels = () => ({
  english: t('listEnglish'),
  chinese: t('listChinese'),
  pinyin: t('listPinyin'),
  type: t('listType'),
  count: t('listCount'),
  typeLabel,
});

const MIME: Record<TermListFormat, string> = { csv: 'text/csv', markdown: 'text/markdown' };
const EXTENSION: Record<TermListFormat, string> = { csv: 'csv', markdown: 'md' };

/** Copies the list to the clipboard; resolves to the words that say how it went. */
export async function copyTermList(terms: readonly TermCount[], format: TermListFormat): Promise<string> {
  try {
    await navigator.clipboard.writeText(termList(terms, format, labels()));
    return t('pageCopied');
  } catch {
    return t('cardCopyFailed');
  }
}

/** Saves the list through a download; returns the words that say so. */
export function saveTermList(terms: readonly TermCount[], format: TermListFormat): string {
  saveText(`china-policy-lens-terms.${EXTENSION[format]}`, termList(terms, format, labels()), MIME[format]);
  return t('pageDownloaded');
}
