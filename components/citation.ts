/** Lines that translators copy from the card. Pure. */
import type { CardEntry, EntryDetails } from '../matching/model';
import type { Source } from '../glossary/schema';

export function sourceLine(s: Source): string {
  return [s.author, s.title, s.publisher, s.year].filter((x) => x !== undefined && x !== '').join(', ');
}

/** "English (中文, pinyin)". */
export function bilingualLine(e: Pick<CardEntry, 'en' | 'zh' | 'pinyin'>): string {
  return `${e.en} (${e.zh}${e.pinyin ? `, ${e.pinyin}` : ''})`;
}

/** The bilingual line and the first source, for a footnote. */
export function citationLine(e: Pick<CardEntry, 'en' | 'zh' | 'pinyin'>, details?: EntryDetails): string {
  const source = details?.sources[0];
  return source ? `${bilingualLine(e)}. ${sourceLine(source)}.` : `${bilingualLine(e)}.`;
}

/** Only http(s) links are ever rendered. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
