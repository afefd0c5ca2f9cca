/**
 * Frames that pay only for what they hold (issue 19), and start-up in documents of every state, against each
 * browser: a sub-frame loads the marking engine once it has text, never before; the engine waits for an HTML root,
 * follows one that replaces it, and leaves SVG and XML documents alone, without an error in any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './harness/driver';
import { highlightTexts } from './harness/page-probes';
import { startServer, type PageServer } from './harness/server';
import { sleep, waitFor } from './harness/wait';

/** Which of the extension's scripts started in a frame (recorded by tests/fixtures/pages/starts.js). */
function starts(): string[] {
  return (window as unknown as { __starts: string[] }).__starts;
}

export function framesSuite(launch: () => Promise<Driver>): void {
  let driver: Driver;
  let server: PageServer;

  beforeAll(async () => {
    server = await startServer();
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: DriverPage; errors: string[] }> {
    const page = await driver.newPage();
    const errors: string[] = [];
    await page.onError((e) => errors.push(e));
    await page.goto(server.url(path));
    return { page, errors };
  }

  const marked = (page: DriverPage, text: string) =>
    waitFor(`"${text}" marked`, () =>
      page.evaluate(highlightTexts, null).then((t) => (Object.values(t).flat().includes(text) ? t : null)),
    );

  describe('frames', () => {
    it('loads the engine into a frame when text arrives, and never into a frame without text', async () => {
      const { page, errors } = await open('late.html');
      await marked(page, 'Cyberspace Administration of China');
      // Past the gate's recheck and any injection: neither frame has text yet, so neither has the engine.
      await sleep(1500);
      expect(await page.evaluateInFrame('late-frame.html', starts, null)).not.toContain('content');
      await page.evaluateInFrame('late-frame.html', () => (window as unknown as { fill(): void }).fill(), null);
      const late = await waitFor('the late frame marked', () =>
        page.evaluateInFrame('late-frame.html', highlightTexts, null).then((t) => (t['cpl-law']?.length ? t : null)),
      );
      expect(late['cpl-law']).toEqual(['Data Security Law']);
      expect(late['cpl-agency']).toEqual(expect.arrayContaining(['Ministry of Commerce', 'MOFCOM']));
      // The recorder hears the engine start where it does start...
      expect(await page.evaluateInFrame('late-frame.html', starts, null)).toContain('content');
      // ...and the frame of a few words never got it: no engine, no marks (its "CAC" stays unmarked by design).
      await sleep(500);
      expect(await page.evaluateInFrame('quiet-frame.html', starts, null)).not.toContain('content');
      expect(await page.evaluateInFrame('quiet-frame.html', highlightTexts, null)).toEqual({});
      if (page.evaluateInContentScript) {
        expect(await page.evaluateInContentScript('quiet-frame.html', 'typeof globalThis.__cpl')).toBe('undefined');
        expect(await page.evaluateInContentScript('late-frame.html', 'typeof globalThis.__cpl')).toBe('object');
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  });

  describe('start-up survives any document', () => {
    it('waits for a root the page removed before start-up, and marks the one it adds later', async () => {
      const { page, errors } = await open('doc-no-root.html');
      await marked(page, 'Cyberspace Administration of China');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('marks a document without <body>', async () => {
      const { page, errors } = await open('doc-no-body.html');
      await marked(page, 'Data Security Law');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('follows a document emptied, given a new root, and rewritten with document.open()', async () => {
      const { page, errors } = await open('doc-replaced.html');
      await marked(page, 'Cyberspace Administration of China');
      await page.evaluate(() => (window as unknown as { empty(): void }).empty(), null);
      await sleep(300);
      await page.evaluate(() => (window as unknown as { replace(): void }).replace(), null);
      await marked(page, 'Personal Information Protection Law');
      await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite(), null);
      await marked(page, 'Data Security Law');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('leaves an SVG document alone', async () => {
      const { page, errors } = await open('doc.svg');
      await sleep(1500);
      expect(await page.evaluate(() => CSS.highlights.size, null)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('starts in an XML document without an error', async () => {
      // Chromium shows XML without a stylesheet through its own HTML viewer, whose text may then be marked; Firefox
      // keeps the XML root, which is left alone.
      const { page, errors } = await open('doc.xml');
      await sleep(1500);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('starts nothing and throws nothing on about:blank', async () => {
      const page = await driver.newPage();
      const errors: string[] = [];
      await page.onError((e) => errors.push(e));
      await page.goto('about:blank');
      await sleep(1000);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
