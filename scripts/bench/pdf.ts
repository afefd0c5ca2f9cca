/**
 * `npm run bench` (PDF part): the reader page (pdf.html) in real Chromium. A 300-page report printed by Chromium from
 * generated HTML (8 paragraphs a page, four glossary terms in each, English and Chinese) is opened by file and then
 * scrolled to the end with the mouse wheel, as a reader would. Prints: file chosen → first marks registered; per page,
 * text layer in the document → marks registered and → the frame after (target ≤ 100 ms); canvases kept at the end
 * (the rest let go); JS heap after scrolling to the end. The PDF is cached in test-artifacts/bench/.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { CHROMIUM, chromiumArgs } from '../../tests/browser/harness/chromium';

const EXTENSION = resolve('dist/chrome-mv3');
const PAGES = 300;
const PDF = resolve(`test-artifacts/bench/report-${PAGES}.pdf`);

/** The report's HTML: every page the same shape, the terms taken in turn from the glossary so all pages differ. */
function reportHtml(): string {
  const entries = compileGlossary(loadGlossary().entries).entries;
  const en = entries.map((e) => e.en);
  const zh = entries.map((e) => e.zh);
  let i = 0;
  const next = (list: string[]) => list[i++ % list.length];
  const pages = Array.from({ length: PAGES }, (_, n) => {
    const paras = Array.from(
      { length: 8 },
      () =>
        `<p>Analysts said the ${next(en)} would review the rules under the ${next(en)}, after local officials and ` +
        `companies raised questions about data and online platforms. 报告指出，${next(zh)}和${next(zh)}将加强数据管理，` +
        `推进平台企业的合规工作。</p>`,
    ).join('');
    return `<section><h2>Section ${n + 1}</h2>${paras}</section>`;
  });
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>section{break-after:page}' +
    'body{font:11pt serif}</style></head><body>' +
    pages.join('') +
    '</body></html>'
  );
}

async function makeReport(): Promise<void> {
  if (existsSync(PDF)) return;
  mkdirSync(resolve('test-artifacts/bench'), { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.setContent(reportHtml(), { waitUntil: 'load' });
    await page.pdf({ path: PDF, format: 'A4' });
  } finally {
    await browser.close();
  }
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(s.at(-1) ?? Number.NaN).toFixed(1)} ms`;
};

await makeReport();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cpl-bench-pdf-')), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(EXTENSION),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  // A page in the background gets no animation frames: the reader's page is the one in front.
  await page.bringToFront();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/pdf.html`);
  // Timed from here (the file handed to the input) to the first highlight registered, polled every 20 ms.
  const t0 = Date.now();
  await page.setInputFiles('#file', PDF);
  let first: number | undefined;
  while (first === undefined) {
    await page.waitForTimeout(20);
    if (await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('cpl-') && k !== 'cpl-find')))
      first = Date.now() - t0;
  }
  await page.mouse.move(640, 400);
  const start = Date.now();
  let steps = 0;
  // Scroll a screen at a time until the last page's text layer is in, pausing as a reader's wheel would.
  while (!(await page.evaluate((n) => !!document.querySelector(`[data-page="${n}"] .textLayer`), PAGES))) {
    if (Date.now() - start > 600_000) throw new Error('the last page never rendered');
    await page.mouse.wheel(0, 700);
    if (++steps % 100 === 0) console.error(`scrolled ${steps} times, page ${await page.inputValue('#page')}`);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    const marks = (globalThis as { __cplPdf?: { layerTimes: number[]; paintTimes: number[] } }).__cplPdf!;
    return {
      layers: marks.layerTimes,
      paints: marks.paintTimes,
      canvases: document.querySelectorAll('.page canvas').length,
      heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  console.log(
    `\nPDF reader, ${PAGES}-page report opened by file, scrolled to the end (${((Date.now() - start) / 1000).toFixed(0)} s)`,
  );
  console.log(`  file chosen → first marks registered: ${first.toFixed(0)} ms`);
  console.log(`  text layer in → marks registered (${result.layers.length} pages): ${stats(result.layers)}`);
  console.log(
    `  text layer in → the frame after (${result.paints.length} pages): ${stats(result.paints)} (target ≤ 100 ms)`,
  );
  console.log(`  canvases kept at the end: ${result.canvases}`);
  console.log(
    `  JS heap at the end: ${(result.heap / 1e6).toFixed(0)} MB; after a forced GC: ${(usedSize / 1e6).toFixed(0)} MB`,
  );
} finally {
  await context.close();
}
