/**
 * The PDF reader page in Chromium: a PDF printed from our pages (tests/pdf/make-pdfs.ts) opened by file and by URL,
 * marks on the first page and on a page reached by scrolling, a card on hover, next/previous from the keyboard, the
 * terms list with its copy and CSV export, progress while a URL loads, no request before the reader asks for the URL,
 * the messages for damaged, encrypted and text-less files, the popup's offer on a tab showing a PDF, and axe-core.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumSuite } from './harness/chromium-suite';
import { startServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';
import { makeTestPdfs, PDF_DIR, testPdf } from '../pdf/make-pdfs';
import { encryptedPdf } from '../pdf/minimal-pdf';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
const MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;
const message = (key: string) => MESSAGES[key]!.message;

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** The text of the marks registered as highlights, in the order of the highlights. */
const markedTexts = () =>
  [...CSS.highlights.entries()]
    .filter(([name]) => name.startsWith('cpl-') && name !== 'cpl-find')
    .flatMap(([, h]) => [...h].map((r) => (r as Range).toString()));

describe('PDF reader (Chromium)', () => {
  let pdfServer: PageServer;
  beforeAll(async () => {
    await makeTestPdfs();
    pdfServer = await startServer(PDF_DIR, { headers: { 'en.pdf': { 'access-control-allow-origin': '*' } } });
    return () => pdfServer.close();
  }, 120_000);
  const env = chromiumSuite(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const reader = (query = '') => `chrome-extension://${env.extensionId}/pdf.html${query}`;

  async function openFile(name: string): Promise<Page> {
    const page = await env.context.newPage();
    await page.goto(reader());
    await page.setInputFiles('#file', testPdf(name));
    await waitFor('first marks', () => page.evaluate(markedTexts).then((t) => (t.length ? t : null)));
    return page;
  }

  it('marks the first page of a file opened from the picker, and a page reached by scrolling', async () => {
    const page = await openFile('en');
    const first = await page.evaluate(markedTexts);
    expect(first).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'Cybersecurity Law']));
    await page.evaluate(() => document.querySelector('[data-page="3"]')!.scrollIntoView());
    const third = await waitFor('marks on page 3', () =>
      page.evaluate(markedTexts).then((t) => (t.includes('Data Security Law') ? t : null)),
    );
    expect(third).toContain('Personal Information Protection Law');
    await page.close();
  });

  it('marks Chinese text (CMaps bundled) and opens a card on hover', async () => {
    const page = await openFile('zh-hans');
    expect(await page.evaluate(markedTexts)).toEqual(expect.arrayContaining(['⽹信办']));
    const at = await page.evaluate(() => {
      const span = [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent?.includes('信办'))!;
      const r = span.getBoundingClientRect();
      return { x: r.left + 4, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y);
    await waitFor('card', () => page.evaluate(() => document.querySelector('cpl-ui')?.shadowRoot?.textContent || null));
    const card = await page.evaluate(() => document.querySelector('cpl-ui')!.shadowRoot!.textContent);
    expect(card).toContain('Cyberspace Administration of China');
    // The README's picture of the reader (docs/pdf-reader.png is copied from it).
    await page.screenshot({ path: `${ARTIFACTS}/pdf-card.png` });
    await page.close();
  });

  it('moves to the next and previous term with the keyboard, and lists the terms', async () => {
    const page = await openFile('en');
    await page.keyboard.press('n');
    const shown = () => page.evaluate(() => document.querySelector('cpl-ui')?.shadowRoot?.textContent ?? '');
    await waitFor('card from n', () => shown().then((t) => t || null));
    expect(await shown()).toContain('Cyberspace Administration of China');
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await waitFor('card from p', () => shown().then((t) => t || null));
    await page.keyboard.press('Escape');
    await page.click('#toggle-terms');
    const list = await waitFor('terms list', () =>
      page.evaluate(() => document.getElementById('terms-list')?.textContent || null),
    );
    expect(list).toContain('Cybersecurity Law');

    // The list copied (a Markdown table) and saved (CSV) by the popup's own export, from the keyboard.
    await page.focus('#terms-copy');
    await page.keyboard.press('Enter');
    await waitFor('copied', () => page.evaluate(() => document.getElementById('terms-status')?.textContent || null));
    expect(await page.textContent('#terms-status')).toBe(message('pageCopied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('| English | Chinese | Pinyin | Type | Mentions |');
    expect(copied).toMatch(/\| Cybersecurity Law[^|]*\| 中华人民共和国网络安全法 \|.*\| [1-9]\d* \|/);
    await page.focus('#terms-save');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('English,Chinese,Pinyin,Type,Mentions');
    expect(csv).toContain('Cyberspace Administration of China (CAC),国家互联网信息办公室');
    expect(await page.getByRole('group', { name: message('pageExport') }).isVisible()).toBe(true);
    await page.close();
  });

  it('fetches a URL only when the reader asks, and has no axe-core violations', async () => {
    const page = await env.context.newPage();
    const url = pdfServer.url('en.pdf');
    await page.goto(reader(`?url=${encodeURIComponent(url)}`));
    await page.waitForTimeout(500);
    expect(pdfServer.requested).not.toContain('/en.pdf');
    // Every state of the progress bar while the PDF downloads, opens and its first page is read.
    await page.evaluate(() => {
      const bar = document.getElementById('progress')!;
      const seen: string[] = ((globalThis as { seen?: string[] }).seen = []);
      new MutationObserver(() => seen.push(bar.hidden ? 'hidden' : (bar.getAttribute('aria-valuetext') ?? ''))).observe(
        bar,
        { attributes: true },
      );
    });
    await page.click('#fetch-url');
    await waitFor('marks from URL', () => page.evaluate(markedTexts).then((t) => (t.length ? t : null)));
    expect(pdfServer.requested.filter((p) => p === '/en.pdf')).toHaveLength(1);
    const seen = await page.evaluate(() => (globalThis as { seen?: string[] }).seen!);
    expect(seen.some((s) => s.startsWith('Downloading the PDF'))).toBe(true);
    expect(seen).toContain(message('pdfProgressPages'));
    expect(seen.at(-1)).toBe('hidden');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (c: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      // pdf.js's own hidden canvas for measuring text is outside any landmark, and hidden.
      return (await axe.run({ exclude: ['.hiddenCanvasElement'] })).violations.map(
        (v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
  it('says what is wrong with a truncated file, an encrypted one (asking for its password) and one without text', async () => {
    const page = await env.context.newPage();
    await page.goto(reader());
    const pdf = (name: string, buffer: Uint8Array) => ({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from(buffer),
    });
    const halfOf = (data: Buffer) => data.subarray(0, data.length / 2);
    const shows = (text: string) =>
      waitFor(text, () => page.evaluate((t) => document.getElementById('message')!.textContent === t || null, text));

    await page.setInputFiles('#file', pdf('cut.pdf', halfOf(readFileSync(testPdf('en')))));
    await shows(message('pdfErrorInvalid'));

    const prompts: string[] = [];
    const answers = ['wrong', null, 'secret'];
    page.on('dialog', (d) => {
      prompts.push(d.message());
      const answer = answers.shift();
      void (answer === null ? d.dismiss() : d.accept(answer ?? ''));
    });
    const locked = encryptedPdf(['The Cybersecurity Law and the Data Security Law.'], 'secret');
    await page.setInputFiles('#file', pdf('locked.pdf', locked));
    await shows(message('pdfErrorPassword'));
    expect(prompts).toEqual([message('pdfPasswordPrompt'), message('pdfPasswordWrong')]);
    await page.setInputFiles('#file', pdf('locked-again.pdf', locked));
    expect(
      await waitFor('marks in the opened file', () => page.evaluate(markedTexts).then((t) => (t.length ? t : null))),
    ).toContain('Cybersecurity Law');

    await page.setInputFiles('#file', testPdf('image-only'));
    await waitFor('the no-text notice', () =>
      page.evaluate(() =>
        document.getElementById('notice')!.hidden ? null : document.getElementById('notice')!.textContent,
      ),
    );
    expect(await page.textContent('#notice')).toBe(message('pdfNoText'));
    expect(await page.isVisible('#notice')).toBe(true);
    await page.close();
  });

  it('offers the reader in the popup of a tab showing a PDF, and opens it with that URL', async () => {
    // Headless Chromium saves a PDF rather than showing it: served as text, the same file keeps its tab at its address.
    const shown = await startServer(PDF_DIR, {
      headers: { 'en.pdf': { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' } },
    });
    const popupOf = async (page: Page) => {
      await page.bringToFront();
      const [tab] = await env.context
        .serviceWorkers()[0]!
        .evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      const popup = await env.context.newPage();
      await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tab=${tab!.id}`);
      return popup;
    };
    try {
      const url = shown.url('en.pdf');
      const tab = await env.context.newPage();
      await tab.goto(url);
      const popup = await popupOf(tab);
      const offer = popup.getByRole('button', { name: message('popupOpenPdf') });
      await offer.waitFor();
      await offer.focus();
      const [opened] = await Promise.all([env.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
      await opened.waitForLoadState();
      expect(opened.url()).toBe(reader(`?url=${encodeURIComponent(url)}`));
      await opened.click('#fetch-url');
      await waitFor('marks from the offer', () => opened.evaluate(markedTexts).then((t) => (t.length ? t : null)));
      await Promise.all([opened.close(), popup.close(), tab.close()]);

      // A web page (its document's type asked, text/html): no offer.
      const web = await env.context.newPage();
      await web.goto(env.server.url('demo.html'));
      const plain = await popupOf(web);
      await plain.waitForSelector('#cpl-tab-page:has-text("(")');
      expect(await plain.locator('#cpl-open-pdf').count()).toBe(0);
      await Promise.all([plain.close(), web.close()]);
    } finally {
      await shown.close();
    }
  });
});
