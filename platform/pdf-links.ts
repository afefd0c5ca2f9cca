/**
 * Where a PDF is, as the background's context menu and the popup see it, and the reader page's address for one: one
 * home for "this looks like a PDF" and for `pdf.html?url=`, so the menu and the popup offer the same thing.
 */
import { browser } from 'wxt/browser';

/** Addresses that look like a PDF, as match patterns (context menus' `targetUrlPatterns`, `documentUrlPatterns`). */
export const PDF_URL_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/** The same rule as the patterns, for an address in hand: http(s), a path ending in .pdf (any case). */
export function looksLikePdf(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && /\.pdf$/i.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The reader page for the PDF at `url`; it fetches nothing until the reader presses its button there. */
export function readerUrl(url: string): string {
  return browser.runtime.getURL(`/pdf.html?url=${encodeURIComponent(url)}`);
}
