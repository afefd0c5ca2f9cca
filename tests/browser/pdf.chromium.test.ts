/**
 * The PDF reader page in Chromium: a PDF printed from our pages (tests/pdf/make-pdfs.ts) opened by file and by URL,
 * marks on the first page and on a page reached by scrolling, a card on hover, next/previous from the keyboard, the
 * terms list, no request before the reader asks for the URL, and axe-core on the page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumSuite } from './harness/chromium-suite';
import { startServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';
import { makeTestPdfs, PDF_DIR, testPdf } from '../pdf/make-pdfs';

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
  const env = chromiumSuite();
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
    await page.close();
  });

  it('fetches a URL only when the reader asks, and has no axe-core violations', async () => {
    const page = await env.context.newPage();
    const url = pdfServer.url('en.pdf');
    await page.goto(reader(`?url=${encodeURIComponent(url)}`));
    await page.waitForTimeout(500);
    expect(pdfServer.requested).not.toContain('/en.pdf');
    await page.click('#fetch-url');
    await waitFor('marks from URL', () => page.evaluate(markedTexts).then((t) => (t.length ? t : null)));
    expect(pdfServer.requested.filter((p) => p === '/en.pdf')).toHaveLength(1);
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
});
