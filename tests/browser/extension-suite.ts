/**
 * The end-to-end behaviour of the built extension, run against each browser: marking with CSS highlights without
 * touching the DOM, the hover card, the popup search and the options switch.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, DriverPage } from './harness/driver';
import {
  highlightShape,
  highlightTexts,
  mutations,
  openCard,
  rangePlaces,
  recordMutations,
  resultIds,
  termCentre,
} from './harness/page-probes';
import { startServer, type PageServer } from './harness/server';
import { sleep, waitFor } from './harness/wait';
import { CARD_WARM_IDLE_TIMEOUT_MS } from '../../platform/constants';

const ARTIFACTS = 'test-artifacts';

export function extensionSuite(launch: () => Promise<Driver>): void {
  let driver: Driver;
  let server: PageServer;
  /** A second server: another port is another origin, for cross-origin frames. */
  let crossServer: PageServer;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    crossServer = await startServer();
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await crossServer?.close();
  });

  /** A page loaded with the mutation log installed, once its marks of `types` kinds are registered. */
  async function markedPage(path = 'demo.html', types = 3): Promise<DriverPage> {
    const page = await driver.newPage();
    await page.onNewDocument(recordMutations);
    await page.goto(server.url(path));
    await waitFor('highlights to be registered', () => page.evaluate((n) => CSS.highlights.size >= n || null, types));
    return page;
  }

  describe('marking', () => {
    it('registers one cpl- highlight per type with every form of the terms, outside form fields', async () => {
      const page = await markedPage();
      const texts = await page.evaluate(highlightTexts, null);
      expect(Object.keys(texts).sort()).toEqual(['cpl-agency', 'cpl-law', 'cpl-policy']);
      expect(texts['cpl-agency']).toEqual(
        expect.arrayContaining(['Cyberspace Administration of China', 'CAC', '国家互联网信息办公室', '网信办']),
      );
      expect(texts['cpl-law']).toEqual(expect.arrayContaining(['Cybersecurity Law', '网络安全法']));
      expect(texts['cpl-policy']).toEqual(expect.arrayContaining(['cyber superpower', 'wangluo qiangguo', '网络强国']));
      const shape = await page.evaluate(highlightShape, null);
      expect(shape.inFields).toBe(0);
      // "The Cyberspace <em>Administration</em> of China" is one match across three text nodes.
      expect(shape.crossNode).toBeGreaterThanOrEqual(1);
      await page.close();
    });

    it("changes nothing in the page DOM, the first card's rehearsal on idle included", async () => {
      const page = await markedPage();
      await sleep(CARD_WARM_IDLE_TIMEOUT_MS + 300);
      expect(await page.evaluate(mutations, null)).toEqual([]);
      await page.close();
    });
  });

  describe('pages as they are', () => {
    it('marks every frame, same-origin and cross-origin, each in its own document', async () => {
      const page = await driver.newPage();
      await page.goto(`${server.url('frames.html')}?cross=${encodeURIComponent(crossServer.url('frame-cross.html'))}`);
      await waitFor('the top page marked', () => page.evaluate(() => CSS.highlights.size > 0 || null, null));
      expect((await page.evaluate(highlightTexts, null))['cpl-agency']).toContain('Cyberspace Administration of China');
      const same = await waitFor('the same-origin frame marked', () =>
        page.evaluateInFrame('frame-same.html', highlightTexts, null).then((t) => (t['cpl-law']?.length ? t : null)),
      );
      expect(same['cpl-law']).toEqual(expect.arrayContaining(['Data Security Law', '数据安全法']));
      const cross = await waitFor('the cross-origin frame marked', () =>
        page.evaluateInFrame('frame-cross.html', highlightTexts, null).then((t) => (t['cpl-law']?.length ? t : null)),
      );
      expect(cross['cpl-law']).toEqual(['个人信息保护法']);
      expect(cross['cpl-agency']).toEqual(['网信办']);
      await page.close();
    });

    it('marks text in open shadow roots, across inline tags there too', async () => {
      const page = await markedPage('shadow.html', 2);
      const texts = await waitFor('the shadow-root mark', () =>
        page.evaluate(highlightTexts, null).then((t) => (t['cpl-agency']?.length ? t : null)),
      );
      expect(texts['cpl-agency']).toEqual(['Ministry of Industry and Information Technology']);
      expect(texts['cpl-law']).toEqual(['Cybersecurity Law']);
      // Its range lies in the shadow tree, and the tree got our ::highlight rules.
      const inShadow = await page.evaluate(() => {
        const host = document.querySelector('cpl-test-open')!;
        const range = [...(CSS.highlights.get('cpl-agency') as unknown as Set<Range>)][0];
        return {
          inTree: range.startContainer.getRootNode() === host.shadowRoot,
          styled: host.shadowRoot!.adoptedStyleSheets.length,
        };
      }, null);
      expect(inShadow.inTree).toBe(true);
      if (driver.name === 'chromium') expect(inShadow.styled).toBe(1);
      await page.close();
    });

    it('places marks on the same nodes whether a block is read whole or node by node, and follows an edit', async () => {
      const page = await markedPage('blocks.html', 2);
      const places = await waitFor('the edited block marked again', () =>
        page
          .evaluate(rangePlaces, null)
          .then((p) => (p.some((x) => x.startsWith('#edit: Anti-Foreign Sanctions Law')) ? p : null)),
      );
      expect(places).toEqual([
        '#br: Ministry of Public Security ["Security and the Ministry of Public Security"@17 → "Security and the Ministry of Public Security"@44]',
        '#edit: Anti-Foreign Sanctions Law ["Now the Anti-Foreign Sanctions Law and the Export Control Law apply."@8 → "Now the Anti-Foreign Sanctions Law and the Export Control Law apply."@34]',
        '#edit: Export Control Law ["Now the Anti-Foreign Sanctions Law and the Export Control Law apply."@43 → "Now the Anti-Foreign Sanctions Law and the Export Control Law apply."@61]',
        '#inner: Personal Information Protection Law ["then the Personal Information Protection Law,"@9 → "then the Personal Information Protection Law,"@44]',
        '#mixed: Cybersecurity Law ["The Cybersecurity Law "@4 → "The Cybersecurity Law "@21]',
        '#mixed: 网信办 ["网信办"@0 → "网信办"@3]',
        '#outer: CAC ["Before it the CAC, "@14 → "Before it the CAC, "@17]',
        '#outer: 网信办 [" after it 网信办."@10 → " after it 网信办."@13]',
        '#plain: 网信办 ["网信办发布《网络安全法》解读"@0 → "网信办发布《网络安全法》解读"@3]',
        '#plain: 网络安全法 ["网信办发布《网络安全法》解读"@6 → "网信办发布《网络安全法》解读"@11]',
        // Starts where a text node starts ("Cyber" in <b>) and ends inside another: across four nodes.
        '#whole: Cyberspace Administration of China ["Cyber"@0 → " of China and "@9]',
        // Starts at the start of <i>'s text, not at the end of the text node before it.
        '#whole: Data Security Law ["Data Security Law"@0 → "Data Security Law"@17]',
      ]);
      await page.close();
    });

    it('follows a page that adds, removes and edits text, without touching its DOM', async () => {
      const page = await markedPage('dynamic.html', 2);
      const before = await page.evaluate(highlightTexts, null);
      expect(before['cpl-law']).toEqual(['Data Security Law']);
      await waitFor('the page to change', () =>
        page.evaluate(() => (window as unknown as { __changed?: boolean }).__changed || null, null),
      );
      const after = await waitFor('marks to follow the change', () =>
        page
          .evaluate(highlightTexts, null)
          .then((t) =>
            t['cpl-law']?.includes('Personal Information Protection Law') && (t['cpl-agency'] ?? []).includes('网信办')
              ? t
              : null,
          ),
      );
      expect(after['cpl-law']).toEqual(['Personal Information Protection Law']); // the removed paragraph's mark is gone
      expect(after['cpl-agency'].sort()).toEqual(['Cyberspace Administration of China', '网信办']);
      // The page's own three changes are the only mutations: none of ours.
      const log = await page.evaluate(mutations, null);
      expect(
        log.filter((m) => !/^childList DIV \+\[P\]|^childList DIV \+\[\] -\[P\]|^characterData #text/.test(m)),
      ).toEqual([]);
      await page.close();
    });
  });

  describe('hover card', () => {
    it('opens next to the term after a rest, inside the viewport, and closes on Escape', async () => {
      const page = await markedPage();
      const term = await waitFor('the term on screen', () => page.evaluate(termCentre, '国家互联网信息办公室'));
      await page.mouseMove(term.x, term.y);
      const card = await waitFor('the card', () => page.evaluate(openCard, null));
      expect(card.id).toBe('cac');
      for (const part of [
        'Cyberspace Administration of China',
        '国家互联网信息办公室',
        'Guójiā Hùliánwǎng Xìnxī Bàngōngshì',
        'Agency',
      ]) {
        expect(card.text).toContain(part);
      }
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      expect(card.rect.right).toBeLessThanOrEqual(card.viewport.w);
      expect(card.rect.top).toBeGreaterThanOrEqual(0);
      expect(card.rect.bottom).toBeLessThanOrEqual(card.viewport.h);
      // Next to the term: just below it (or, flipped, just above it).
      const gap = card.rect.top >= term.bottom ? card.rect.top - term.bottom : term.top - card.rect.bottom;
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(24);
      // Our only change to the page: the one host element. (Checked before the screenshot, which styles carets.)
      expect(await page.evaluate(mutations, null)).toEqual(['childList HTML +[CPL-UI] -[]']);
      await page.screenshot(`${ARTIFACTS}/card-${driver.name}.png`);
      await page.press('Escape');
      await waitFor('the card to close on Escape', async () => (await page.evaluate(openCard, null)) === null);
      await page.close();
    });

    it('closes when the pointer moves away, and opens for a term split by inline tags', async () => {
      const page = await markedPage();
      const law = await waitFor('the law title', () => page.evaluate(termCentre, '网络安全法'));
      await page.mouseMove(law.x, law.y);
      expect((await waitFor('the law card', () => page.evaluate(openCard, null))).id).toBe('cybersecurity-law');
      await page.mouseMove(5, 790);
      await waitFor('the card to close', async () => (await page.evaluate(openCard, null)) === null);
      const split = await waitFor('the split name', () =>
        page.evaluate(termCentre, 'Cyberspace Administration of China'),
      );
      await page.mouseMove(split.x, split.y);
      expect((await waitFor('the agency card', () => page.evaluate(openCard, null))).id).toBe('cac');
      await page.close();
    });

    it('does not open over plain text', async () => {
      const page = await markedPage();
      const plain = await page.evaluate(() => {
        const r = document.getElementById('p-plain')!.getBoundingClientRect();
        return { x: r.left + 20, y: r.top + r.height / 2 };
      }, null);
      await page.mouseMove(plain.x, plain.y);
      await sleep(800);
      expect(await page.evaluate(openCard, null)).toBeNull();
      await page.close();
    });
  });

  describe('popup', () => {
    it('searches in English, Chinese and pinyin, best first', async () => {
      const page = await driver.newPage();
      await page.goto(driver.extensionUrl('popup.html'));
      await page.focus('input[type=search]');
      for (const [query, id] of [
        ['网信办', 'cac'],
        ['wangluo qiangguo', 'cyber-superpower'],
        ['Cybersecurity Law', 'cybersecurity-law'],
      ]) {
        await page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
          input.select();
        }, null);
        await page.press('Backspace');
        await page.type(query);
        const ids = await waitFor(`results for ${query}`, async () => {
          const got = await page.evaluate(resultIds, null);
          return got[0] === id ? got : null;
        });
        expect(ids[0]).toBe(id);
      }
      await page.screenshot(`${ARTIFACTS}/popup-${driver.name}.png`);
      await page.close();
    });

    it('opens an entry from the keyboard in the card view, and Escape comes back to the results', async () => {
      const page = await driver.newPage();
      await page.goto(driver.extensionUrl('popup.html'));
      await page.focus('input[type=search]');
      await page.type('PIPL');
      await waitFor('the PIPL first', () =>
        page.evaluate(
          () =>
            document.querySelector('[role=option][aria-selected="true"]')?.getAttribute('data-entry-id') === 'pipl' ||
            null,
          null,
        ),
      );
      await page.press('Enter');
      const definition = await waitFor('the entry view', () =>
        page.evaluate(
          () => document.querySelector('.cpl-card[data-entry-id="pipl"] .cpl-definition')?.textContent || null,
          null,
        ),
      );
      expect(definition.length).toBeGreaterThan(100);
      await page.press('Escape');
      const back = await waitFor('the results again', () =>
        page.evaluate(
          () =>
            document.activeElement?.matches('input[type=search]')
              ? (document.activeElement as HTMLInputElement).value
              : null,
          null,
        ),
      );
      expect(back).toBe('PIPL');
      await page.close();
    });
  });

  describe('your own terms', () => {
    it('imports a CSV after its preview, and marks the imported terms on pages', async () => {
      const options = await driver.newPage();
      await options.goto(driver.extensionUrl('options.html'));
      await waitFor('the import control', () =>
        options.evaluate(() => document.querySelector('#opt-import') !== null || null, null),
      );
      // A file chosen through a DataTransfer, as a drop or the file dialog would give it.
      await options.evaluate(() => {
        const csv =
          'en,zh,acronyms,type\nLantern Bureau of Examples,灯笼示例局,LBE,agency\nNo Chinese here,lantern,,agency\n';
        const input = document.querySelector<HTMLInputElement>('#opt-import')!;
        const data = new DataTransfer();
        data.items.add(new File([csv], 'mine.csv', { type: 'text/csv' }));
        input.files = data.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, null);
      const summary = await waitFor('the preview', () =>
        options.evaluate(() => document.querySelector('[data-summary]')?.textContent || null, null),
      );
      expect(summary).toMatch(/^1 to add, 0 to replace, 0 unchanged, 1 rows refused/);
      await options.click('[data-apply]');
      await waitFor('the stored term', () =>
        options.evaluate(
          () => document.querySelector('[data-term-id="user-lantern-bureau-of-examples"]') !== null || null,
          null,
        ),
      );

      const page = await driver.newPage();
      await page.goto(server.url('user-terms.html'));
      const texts = await waitFor('the user terms marked', () =>
        page.evaluate(highlightTexts, null).then((t) => (t['cpl-agency']?.includes('LBE') ? t : null)),
      );
      expect(texts['cpl-agency']).toEqual(
        expect.arrayContaining([
          'Lantern Bureau of Examples',
          '灯笼示例局',
          'LBE',
          'Cyberspace Administration of China',
        ]),
      );
      await page.close();

      // Deleted again, so that later tests see the bundled glossary alone.
      await options.click('[data-term-id="user-lantern-bureau-of-examples"] button:last-of-type');
      await waitFor('the term deleted', () =>
        options.evaluate(() => document.querySelector('[data-term-id]') === null || null, null),
      );
      await options.close();
    });
  });

  describe('options', () => {
    it('turns marking off for pages loaded afterwards, persistently, and back on', async () => {
      const options = await driver.newPage();
      await options.goto(driver.extensionUrl('options.html'));
      await waitFor('the switch', () =>
        options.evaluate(
          () => document.querySelector<HTMLInputElement>('#opt-enabled')?.checked === true || null,
          null,
        ),
      );
      await options.click('#opt-enabled');
      await waitFor('the setting to be saved', () =>
        options.evaluate(() => document.querySelector('[role=status]')?.textContent || null, null),
      );

      const page = await driver.newPage();
      await page.goto(server.url('demo.html'));
      // Marking takes well under a second when on (the first tests wait for it the same way): give it two.
      await sleep(2000);
      expect(await page.evaluate(() => CSS.highlights.size, null)).toBe(0);

      await options.goto(driver.extensionUrl('options.html'));
      const stillOff = await waitFor('the stored setting', () =>
        options.evaluate(() => {
          const box = document.querySelector<HTMLInputElement>('#opt-enabled');
          return box ? { checked: box.checked } : null;
        }, null),
      );
      expect(stillOff.checked).toBe(false);
      await options.click('#opt-enabled');
      await waitFor('the setting to be saved', () =>
        options.evaluate(() => document.querySelector('[role=status]')?.textContent || null, null),
      );
      await page.goto(server.url('demo.html'));
      await waitFor('highlights again', () => page.evaluate(() => CSS.highlights.size >= 3 || null, null));
      await page.close();
      await options.close();
    });
  });
}
