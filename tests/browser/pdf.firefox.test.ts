/**
 * The PDF reader page in Firefox ESR (MV2 build, driven over WebDriver BiDi): a PDF printed from our pages opened by
 * URL after the reader's click, marks on the first page and on a page reached by scrolling, a card from the keyboard,
 * the list of the terms on the pages read, and a Chinese PDF opened by file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './harness/driver';
import { launchFirefox } from './harness/firefox';
import { startServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';
import { makeTestPdfs, PDF_DIR, testPdf } from '../pdf/make-pdfs';

const markedTexts = () =>
  [...CSS.highlights.entries()]
    .filter(([name]) => name.startsWith('cpl-') && name !== 'cpl-find')
    .flatMap(([, h]) => [...h].map((r) => (r as Range).toString()));

describe('PDF reader (Firefox)', () => {
  let server: PageServer;
  let firefox: Driver;
  let page: DriverPage;
  beforeAll(async () => {
    await makeTestPdfs();
    server = await startServer(PDF_DIR, { headers: { 'en.pdf': { 'access-control-allow-origin': '*' } } });
    firefox = await launchFirefox();
    page = await firefox.newPage();
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('fetches only on the click, marks page 1 and page 3 after scrolling, and opens cards', async () => {
    await page.goto(firefox.extensionUrl(`pdf.html?url=${encodeURIComponent(server.url('en.pdf'))}`));
    await new Promise((r) => setTimeout(r, 500));
    expect(server.requested).not.toContain('/en.pdf');
    await page.click('#fetch-url');
    const first = await waitFor('marks', () =>
      page.evaluate(markedTexts, undefined).then((t) => (t.length ? t : null)),
    );
    expect(first).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'Cybersecurity Law']));
    await page.evaluate(() => document.querySelector('[data-page="3"]')!.scrollIntoView(), undefined);
    await waitFor('marks on page 3', () =>
      page.evaluate(markedTexts, undefined).then((t) => (t.includes('Data Security Law') ? t : null)),
    );
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    await page.press('n');
    const card = await waitFor('card from n', () =>
      page.evaluate(() => document.querySelector('cpl-ui')?.shadowRoot?.textContent || null, undefined),
    );
    expect(card).toContain('Cyberspace Administration of China');
  });

  it('lists the terms of the pages read', async () => {
    await page.press('Escape');
    await page.click('#toggle-terms');
    const list = await waitFor('terms list', () =>
      page.evaluate(() => document.getElementById('terms-list')?.textContent || null, undefined),
    );
    expect(list).toContain('Cybersecurity Law');
    expect(list).toContain('Data Security Law');
  });

  it('opens a Chinese PDF chosen with the file picker and marks it', async () => {
    const picked = await firefox.newPage();
    await picked.goto(firefox.extensionUrl('pdf.html'));
    await picked.setInputFile('#file', testPdf('zh-hans'));
    const marks = await waitFor('marks', () =>
      picked.evaluate(markedTexts, undefined).then((t) => (t.length ? t : null)),
    );
    // As the text layer has it: Chromium's PDF writes 网 as the Kangxi radical ⽹, which the matcher folds.
    expect(marks).toEqual(expect.arrayContaining(['⽹信办']));
    await picked.close();
  });
});
