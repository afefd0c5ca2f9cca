/**
 * The hostile-page corpus (tests/fixtures/pages/corpus, described page by page in its manifest.json), run against
 * each browser: one browser with the extension and one without it, launched once for the whole corpus, pages
 * visited in sequence. For every page:
 *  - the page's own self-check passes (`<html data-selfcheck="ok">`), with the extension as without it;
 *  - the marks in each checked element are exactly the expected ones (type and text), traps included and unmarked,
 *    and no mark anywhere lies in a form field, editable text or our own UI;
 *  - the card opens on a marked term, for the expected entry, inside the viewport and on top of the page;
 *  - the DOM (open shadow trees and same-origin frames included) is the same as without the extension, apart from
 *    our one `<cpl-ui>` host;
 *  - no console error or uncaught exception, no CSP violation;
 *  - every request goes to the test servers, and none that the page without the extension does not make.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CORPUS_HEADERS, generatedPages } from '../fixtures/pages/corpus/generate';
import type { Driver, DriverPage } from './harness/driver';
import {
  cardState,
  forbiddenMarks,
  markBox,
  marksIn,
  pageTrouble,
  recordPageTrouble,
  scrollToElement,
  selfCheck,
  serializeDocument,
  textOf,
} from './harness/page-probes';
import { startServer, type PageServer } from './harness/server';
import { waitFor } from './harness/wait';

type Step = { click: string } | { scrollToBottom: true } | { waitFor: string };

interface CorpusCheck {
  /** Selector of the element whose marks are checked. */
  in: string;
  /** Run the check in the frame whose URL path ends with this, rather than the top document. */
  frame?: string;
  /** Exactly the marks inside the element, as "type:text" (type: agency, law, policy). At least one: see below. */
  marks: string[];
  /** Texts in the element that must not be marked (the exact list above leaves them out); checked to be there. */
  traps?: string[];
}

interface CorpusPage {
  page: string;
  about: string;
  /** A path on the second (cross-origin) server, passed to the page as ?cross=URL. */
  cross?: string;
  /** What a reader does before the page is read (clicks, scrolling), in both browsers alike. */
  drive?: Step[];
  /** What brings the page to rest before its DOM is compared (pausing a ticker), in both browsers alike. */
  settle?: Step[];
  checks: CorpusCheck[];
  /**
   * The term to hover, the entry its card must show, where to scroll it (so that the card must flip above it), and
   * `modal` where the page holds a modal dialog open: everything outside a modal dialog is inert, our host too, so
   * hit-testing cannot find the card there even though it is painted on top (the top layer's last element).
   */
  hover?: { text: string; in: string; id: string; align?: ScrollLogicalPosition; modal?: boolean };
  /**
   * Frames (URL path endings) in which nothing may be marked at all: wholly editable documents, where no mark can
   * show that the frame has been read, so the test waits for the content script to finish there instead.
   */
  unmarkedFrames?: string[];
  /** Frames (URL path endings) whose documents are compared too: cross-origin ones, which the top cannot read. */
  frames?: string[];
  /** Extra time for huge pages, ms. */
  timeout?: number;
}

const MANIFEST: { pages: CorpusPage[] } = JSON.parse(
  readFileSync(new URL('../fixtures/pages/corpus/manifest.json', import.meta.url), 'utf8'),
);

interface Visit {
  page: DriverPage;
  requests: string[];
  errors: string[];
}

const nextFrames = (page: DriverPage) =>
  page.evaluate(
    () => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
    null,
  );

export function corpusSuite(launch: () => Promise<Driver>, launchPlain: () => Promise<Driver>): void {
  let ours: Driver;
  let plain: Driver;
  let server: PageServer;
  let crossServer: PageServer;

  beforeAll(async () => {
    const generated = generatedPages();
    server = await startServer(undefined, { generated, headers: CORPUS_HEADERS });
    crossServer = await startServer(undefined, { generated, headers: CORPUS_HEADERS });
    [ours, plain] = await Promise.all([launch(), launchPlain()]);
  });
  afterAll(async () => {
    await ours?.close();
    await plain?.close();
    await server?.close();
    await crossServer?.close();
  });

  const pageUrl = (entry: CorpusPage) => {
    const url = server.url(`corpus/${entry.page}`);
    return entry.cross ? `${url}?cross=${encodeURIComponent(crossServer.url(`corpus/${entry.cross}`))}` : url;
  };

  async function run(page: DriverPage, steps: Step[] = []): Promise<void> {
    for (const step of steps) {
      if ('click' in step) {
        await waitFor(`${step.click} to click`, () => page.evaluate((s) => !!document.querySelector(s), step.click));
        await page.click(step.click);
      } else if ('waitFor' in step) {
        await waitFor(`${step.waitFor}`, () => page.evaluate((s) => !!document.querySelector(s), step.waitFor), 20_000);
      } else {
        // Scroll to the bottom until the page stops growing and says it is done (an infinite feed's last batch).
        await waitFor(
          'the page to load all it loads on scrolling',
          async () => {
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), null);
            return (await page.evaluate(selfCheck, null)) === 'ok';
          },
          20_000,
        );
      }
    }
  }

  /** Opens the page with every request and error recorded, drives it and waits for its self-check. */
  async function visit(driver: Driver, entry: CorpusPage, open: DriverPage[]): Promise<Visit> {
    const page = await driver.newPage();
    open.push(page);
    const requests: string[] = [];
    const errors: string[] = [];
    page.onRequest((url) => requests.push(url));
    await page.onError((text) => errors.push(text));
    await page.onNewDocument(recordPageTrouble);
    await page.goto(pageUrl(entry));
    await run(page, entry.drive);
    const verdict = await waitFor('the page self-check', () => page.evaluate(selfCheck, null), 20_000);
    expect(verdict, `self-check of ${entry.page} ${driver.withExtension ? 'with' : 'without'} the extension`).toBe(
      'ok',
    );
    return { page, requests, errors };
  }

  /** Settles the page, scrolls to the top and serialises the top document and the listed frames. */
  async function snapshot(visit: Visit, entry: CorpusPage): Promise<{ html: string[]; hosts: number }> {
    await run(visit.page, entry.settle);
    await visit.page.mouseMove(0, 0);
    await visit.page.evaluate(() => window.scrollTo(0, 0), null);
    await nextFrames(visit.page);
    const top = await visit.page.evaluate(serializeDocument, null);
    const html = [top.html];
    let hosts = top.hosts;
    for (const frame of entry.frames ?? []) {
      const inner = await visit.page.evaluateInFrame(frame, serializeDocument, null);
      html.push(inner.html);
      hosts += inner.hosts;
    }
    return { html, hosts };
  }

  // The error and request checks below pass on silence; this shows that they would hear something. In Chromium
  // from the content script's own world, as an extension bug would make them; in Firefox, whose content-script world
  // the test cannot reach, from the page's world (so Firefox's checks hear the page and its frames; an add-on's
  // background page is not a browsing context WebDriver BiDi reports on).
  it('the recorders hear an uncaught error and a request to elsewhere', async () => {
    const open: DriverPage[] = [];
    try {
      const { page, errors, requests } = await visit(ours, MANIFEST.pages[0], open);
      // No server listens there (and no browser bars the port, as they bar 9 or 1).
      const elsewhere = 'http://127.0.0.1:65535/cpl-probe';
      const probe = `setTimeout(() => { throw new Error('cpl-probe') }); fetch(${JSON.stringify(elsewhere)}).catch(() => 0); 0`;
      if (page.evaluateInContentScript) await page.evaluateInContentScript(null, probe);
      else await page.evaluate((code) => void (0, eval)(code), probe);
      await waitFor('the probe error', async () => errors.some((e) => e.includes('cpl-probe')));
      await waitFor('the probe request', async () => requests.includes(elsewhere));
    } finally {
      for (const p of open) await p.close().catch(() => undefined);
    }
  });

  for (const entry of MANIFEST.pages) {
    it(`${entry.page}: ${entry.about}`, async () => {
      for (const check of entry.checks) {
        // An element expected to hold no marks proves nothing until something there is known to be scanned.
        expect(check.marks.length, `${entry.page} ${check.in}: a check needs a mark to wait for`).toBeGreaterThan(0);
      }
      const open: DriverPage[] = [];
      try {
        await checkPage(entry, open);
      } finally {
        // A failed page's tabs must not linger: a background tab gets no rendering steps, so no IntersectionObserver
        // callbacks, and would keep its timers running into the next page's test.
        for (const p of open) await p.close().catch(() => undefined);
      }
    }, 120_000);
  }

  async function checkPage(entry: CorpusPage, open: DriverPage[]): Promise<void> {
    const withExt = await visit(ours, entry, open);
    const { page } = withExt;
    const inDoc = <R, A>(frame: string | undefined, fn: (a: A) => R, arg: A) =>
      frame ? page.evaluateInFrame(frame, fn, arg) : page.evaluate(fn, arg);

    // 1. The marks, element by element: exactly the expected ones, once scrolled near the viewport.
    for (const check of entry.checks) {
      const where = `${entry.page}${check.frame ? ` frame ${check.frame}` : ''} ${check.in}`;
      const want = [...check.marks].sort();
      expect(
        await inDoc(check.frame, scrollToElement, { selector: check.in, block: 'center' }),
        `${where} exists`,
      ).toBe(true);
      // Waited for together: marks follow a page's changes after a short debounce (an editor that just became
      // editable loses its marks a moment later).
      let got: string[] | null = null;
      let forbidden: string[] = [];
      await waitFor(
        `the marks in ${where}`,
        async () => {
          got = await inDoc(check.frame, marksIn, check.in);
          forbidden = await inDoc(check.frame, forbiddenMarks, check.in);
          return JSON.stringify(got) === JSON.stringify(want) && !forbidden.length;
        },
        entry.timeout ?? 15_000,
      ).catch(() => undefined);
      expect(got, `marks in ${where}`).toEqual(want);
      expect(forbidden, `marks in fields, editors or our UI in ${where}`).toEqual([]);
      for (const trap of check.traps ?? [])
        expect(await inDoc(check.frame, textOf, check.in), `trap in ${where}`).toContain(trap);
    }

    for (const frame of entry.unmarkedFrames ?? []) {
      if (page.evaluateInContentScript) {
        await waitFor(`the extension to finish reading ${frame}`, () =>
          page.evaluateInContentScript!(frame, 'globalThis.__cpl?.engine.timings.complete !== undefined'),
        );
      } else {
        // Firefox: the add-on's content-script world is out of the test's reach. A frame's content script starts at
        // its own document_idle, before the top document's load (which waits for its frames) and so before the top
        // document's marks checked above: a bug that marks the frame shows here all but always, though a
        // pass on its own proves less than in Chromium.
        await waitFor(`${frame} loaded`, () =>
          page.evaluateInFrame(frame, () => document.readyState === 'complete', null),
        );
      }
      expect(await page.evaluateInFrame(frame, marksIn, ':root'), `marks in ${frame}`).toEqual([]);
    }

    // 2. The card: opens for the expected entry, inside the viewport, on top of whatever the page stacks.
    if (entry.hover) {
      const { text, in: selector, id, align = 'center' } = entry.hover;
      await page.evaluate(scrollToElement, { selector, block: align });
      const box = await waitFor(`"${text}" marked in ${selector}`, () => page.evaluate(markBox, { text, selector }));
      await page.mouseMove(box.x, box.y);
      const card = await waitFor(`the card over "${text}"`, () =>
        page.evaluate(cardState, null).then((c) => (c?.id ? c : null)),
      );
      expect(card.id).toBe(id);
      expect(card.rect.left, 'card inside the viewport (left)').toBeGreaterThanOrEqual(0);
      expect(card.rect.top, 'card inside the viewport (top)').toBeGreaterThanOrEqual(0);
      expect(card.rect.right, 'card inside the viewport (right)').toBeLessThanOrEqual(card.viewport.w);
      expect(card.rect.bottom, 'card inside the viewport (bottom)').toBeLessThanOrEqual(card.viewport.h);
      expect(card.rect.right - card.rect.left, 'card has a width').toBeGreaterThan(100);
      expect(card.inTopLayer, 'our host in the top layer').toBe(true);
      if (!entry.hover.modal)
        expect(card.onTop, 'card on top of the page at its centre and corners').toEqual([true, true, true]);
      else
        expect(card.onTop, 'card inert under a modal dialog (if this changes, drop `modal` for the page)').toEqual([
          false,
          false,
          false,
        ]);
      expect(await page.evaluate(forbiddenMarks, null), 'no marks in fields, editors or our UI').toEqual([]);
    }

    // 3. The same DOM as without the extension, apart from our host.
    const ourDom = await snapshot(withExt, entry);
    const base = await visit(plain, entry, open);
    const baseDom = await snapshot(base, entry);
    expect(baseDom.hosts).toBe(0);
    expect(ourDom.hosts, 'our host elements').toBe(entry.hover ? 1 : 0);
    for (let i = 0; i < baseDom.html.length; i++)
      expectSameDom(ourDom.html[i], baseDom.html[i], `${entry.page} document ${i}`);

    // 4. No errors: none logged by the browser, none the page saw, none without the extension either.
    const trouble = await page.evaluate(pageTrouble, null);
    expect(withExt.errors, 'console errors and exceptions with the extension').toEqual([]);
    expect(trouble, 'CSP violations and errors seen by the page').toEqual([]);
    expect(base.errors, 'console errors without the extension (the page itself is clean)').toEqual([]);

    // 5. Requests: to the test servers only, and nothing the page does not also ask for without the extension, but
    // the engine's own glossary file, read from the extension (platform/glossary-file.ts).
    const ownFile = /^(chrome|moz)-extension:\/\/[^/]+\/glossary\.bin$/;
    withExt.requests = withExt.requests.filter((u) => !ownFile.test(u));
    const local = (url: string) =>
      url.startsWith(server.url('')) || url.startsWith(crossServer.url('')) || /^(data|blob|about):/.test(url);
    expect(
      withExt.requests.filter((u) => !local(u)),
      'requests beyond the test servers',
    ).toEqual([]);
    const baseline = new Set(base.requests);
    const extra = withExt.requests.filter((u) => !baseline.has(u) && !u.endsWith('/favicon.ico'));
    expect(extra, 'requests made only with the extension').toEqual([]);
    expect(withExt.requests.length, 'requests recorded at all').toBeGreaterThan(0);
  }
}

/** Compares two serialisations, reporting the first difference with context rather than two huge strings. */
function expectSameDom(ours: string, base: string, what: string): void {
  if (ours === base) return;
  let i = 0;
  while (i < ours.length && i < base.length && ours[i] === base[i]) i++;
  const from = Math.max(0, i - 200);
  expect(
    { at: i, ours: ours.slice(from, i + 200), without: base.slice(from, i + 200) },
    `DOM of ${what} differs from the page without the extension`,
  ).toEqual({
    at: i,
    ours: base.slice(from, i + 200),
    without: base.slice(from, i + 200),
  });
}
