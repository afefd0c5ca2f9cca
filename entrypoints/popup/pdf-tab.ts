/**
 * Whether the popup's tab shows a PDF, so that the popup can offer the reader page: its address ends in .pdf, or its
 * document says it is one (`document.contentType`, asked by `scripting` under the host permission the extension
 * already holds). Nothing is fetched; where the browser keeps extensions out (Firefox's own viewer), only the
 * address counts.
 */
import { browser } from 'wxt/browser';
import { looksLikePdf } from '../../platform/pdf-links';

/** The PDF's address, or null when the tab does not show one (or its address is not http(s)). */
export async function pdfInTab(tabId: number): Promise<string | null> {
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url ?? '',
    () => '',
  );
  if (!/^https?:/.test(url)) return null;
  if (looksLikePdf(url)) return url;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
    return result?.result === 'application/pdf' ? url : null;
  } catch {
    return null;
  }
}
