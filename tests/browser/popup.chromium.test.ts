/**
 * The popup and the options page in depth, in Chromium: search driven from the keyboard, the entry view, recent
 * entries and browsing, the "On this page" list with its jump and export, marking by type and style, the
 * only-on-listed-sites mode, and axe-core over every view.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchExtensionContext } from './harness/chromium';
import { ARTIFACTS, chromiumSuite } from './harness/chromium-suite';
import { highlightTexts } from './harness/page-probes';
import { sleep, waitFor } from './harness/wait';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface WorkerChrome {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
}
declare const chrome: WorkerChrome;

/** axe-core's violations on the page, as "rule: first target" lines (empty when clean). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: extension pages' CSP (script-src 'self') refuses an inline script tag.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
  });
}

describe('popup and options (Chromium)', () => {
  const env = chromiumSuite();

  const extensionPage = async (path: string) => {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/${path}`);
    return page;
  };
  const activeOption = (page: Page) =>
    page.evaluate(() => {
      const id = document.querySelector('[role=combobox]')?.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.getAttribute('data-entry-id') ?? null) : null;
    });

  /** The popup for a page's tab, its page list read, as the popup would take the tab from the active one. */
  async function popupFor(page: Page): Promise<Page> {
    // The page's tab id (no `tabs` permission to query by URL).
    await page.bringToFront();
    const [tab] = await env.context
      .serviceWorkers()[0]
      .evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    const popup = await extensionPage(`popup.html?tab=${tab.id}`);
    await popup.waitForSelector('#cpl-tab-page:has-text("(")');
    return popup;
  }

  async function setOptions(change: (options: Page) => Promise<void>): Promise<void> {
    const options = await extensionPage('options.html');
    await options.waitForSelector('#opt-dwell');
    await change(options);
    await options.waitForFunction(() => document.querySelector('[role=status]')?.textContent);
    await options.close();
  }

  it('searches from the keyboard: arrows move, Enter opens the entry, Escape goes back and then clears', async () => {
    const popup = await extensionPage('popup.html');
    await popup.waitForSelector('[role=combobox]:focus');
    await popup.keyboard.type('cyberspce admin');
    await waitFor('the CAC first', async () => ((await activeOption(popup)) === 'cac' ? true : null));
    await popup.keyboard.press('ArrowDown');
    const second = await activeOption(popup);
    expect(second).not.toBe('cac');
    expect(await popup.getAttribute(`[data-entry-id="${second}"]`, 'aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowUp');
    expect(await activeOption(popup)).toBe('cac');
    await popup.keyboard.press('Enter');

    // The entry view is the hover card's component, opened on its expanded view.
    await popup.waitForSelector('.cpl-card[data-entry-id="cac"] .cpl-definition');
    expect(await popup.locator('.cpl-card .cpl-sources a').first().getAttribute('rel')).toBe('noopener noreferrer');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-entry.png` });
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('[role=combobox]:focus');
    expect(await popup.inputValue('[role=combobox]')).toBe('cyberspce admin');
    await popup.keyboard.press('Escape');
    expect(await popup.inputValue('[role=combobox]')).toBe('');

    // The empty state offers what was just viewed, and browsing by type.
    await popup.waitForSelector('#cpl-results [data-entry-id="cac"]');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('[data-browse="law"]');
    const laws = await popup.locator('#cpl-results [role=option]').count();
    expect(laws).toBeGreaterThan(50);
    expect(await popup.locator('#cpl-results .cpl-badge-agency').count()).toBe(0);
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('[data-browse="law"]');
    await popup.close();
  });

  it('lists the terms on the page by type, jumps to the next mention, and saves the list', async () => {
    const page = await env.context.newPage();
    await page.goto(env.server.url('demo.html'));
    await waitFor('marks', () => page.evaluate(() => CSS.highlights.size >= 3 || null, null));
    const popup = await popupFor(page);
    await popup.focus('#cpl-tab-search');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('cpl-tab-page');
    await popup.waitForSelector('.cpl-page-group');
    const groups = await popup.locator('.cpl-page-group h2').allTextContents();
    expect(groups).toHaveLength(3);
    expect(await popup.locator('.cpl-page-term[data-entry-id="cac"] .cpl-count').textContent()).toMatch(/×[3-9]/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${ARTIFACTS}/popup-page.png` });

    await popup.click('.cpl-page-term[data-entry-id="cybersecurity-law"]');
    const lit = await waitFor('the mention flashed', () =>
      page.evaluate(
        () => (CSS.highlights.get('cpl-focus') ? [...CSS.highlights.get('cpl-focus')!].map(String) : null),
        null,
      ),
    );
    expect(lit[0]).toMatch(/Cybersecurity Law|网络安全法/);
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-download-list="csv"]')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('English,Chinese,Pinyin,Type,Mentions');
    expect(csv).toContain('Cyberspace Administration of China (CAC),国家互联网信息办公室');
    await popup.close();
    await page.close();
  });

  it('lists each title the glossary does not hold on its own row, under the kind of document, and jumps to it', async () => {
    const page = await env.context.newPage();
    await page.goto(env.server.url('titles.html'));
    await waitFor('titles marked', () =>
      page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 5 || null, null),
    );
    const popup = await popupFor(page);
    await popup.click('#cpl-tab-page');
    const rows = popup.locator('.cpl-page-term[data-entry-id="document-kind-opinions"]');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('《关于加快发展数字贸易的意见》');
    expect(texts[0]).toContain('×2');
    expect(texts[1]).toContain('《关于促进服务消费高质量发展的意见》');
    expect(await axeViolations(popup)).toEqual([]);
    await rows.nth(1).click();
    const lit = await waitFor('the title flashed', () =>
      page.evaluate(
        () => (CSS.highlights.get('cpl-focus') ? [...CSS.highlights.get('cpl-focus')!].map(String) : null),
        null,
      ),
    );
    expect(lit).toEqual(['关于促进服务消费高质量发展的意见']);
    await popup.close();
    await page.close();
  });

  it('marks only the chosen types, in the chosen style, and hides inactive entries on request', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('#opt-dwell');
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${ARTIFACTS}/options.png`, fullPage: true });
    await options.close();

    await setOptions(async (o) => {
      await o.uncheck('#opt-type-law');
      await o.selectOption('#opt-style', 'background');
      await o.selectOption('#opt-colour-agency', 'green');
      await o.waitForFunction(() => CSS.highlights.has('cpl-agency-background-green'));
    });
    const page = await env.context.newPage();
    await page.goto(env.server.url('demo.html'));
    const texts = await waitFor('marks', () =>
      page.evaluate(highlightTexts, null).then((t) => (Object.keys(t).length >= 2 ? t : null)),
    );
    expect(Object.keys(texts).sort()).toEqual(['cpl-agency-background-green', 'cpl-policy-background-violet']);
    expect(texts['cpl-agency-background-green']).toContain('CAC');
    await page.close();

    await setOptions(async (o) => {
      await o.check('#opt-type-law');
      await o.selectOption('#opt-style', 'underline');
      await o.selectOption('#opt-colour-agency', 'blue');
      await o.uncheck('#opt-inactive');
    });
    const lineage = await env.context.newPage();
    await lineage.goto(env.server.url('lineage.html'));
    const shown = await waitFor('marks', () =>
      lineage.evaluate(highlightTexts, null).then((t) => (Object.keys(t).length ? t : null)),
    );
    // The State Internet Information Office was renamed (it is the CAC now): hidden; the current bodies stay.
    expect(Object.values(shown).flat()).not.toContain('State Internet Information Office');
    expect(Object.values(shown).flat().length).toBeGreaterThan(0);
    await lineage.close();
    await setOptions((o) => o.check('#opt-inactive'));
  });

  it('runs only on listed sites in the "only" mode', async () => {
    await setOptions((o) => o.check('#opt-site-mode-only'));
    const page = await env.context.newPage();
    await page.goto(env.server.url('demo.html'));
    await sleep(1500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await setOptions(async (o) => {
      await o.fill('#opt-site', '127.0.0.1');
      await o.click('button[type=submit]');
      await o.waitForSelector('.cpl-sites li');
    });
    await page.reload();
    await waitFor('marks on the listed site', () => page.evaluate(() => CSS.highlights.size > 0 || null, null));
    await setOptions(async (o) => {
      await o.click('.cpl-sites button');
      await o.check('#opt-site-mode-except');
    });
    await page.close();
  });

  it('imports a file after a preview, refuses bad rows and malformed files, marks and finds the terms, and exports them back', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('#opt-import');
    const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const csv = [
      'en,zh,acronyms,type,gloss',
      'Lantern Bureau of Examples,灯笼示例局,LBE,agency,"A made-up bureau <img src=x onerror=""document.title=\'pwned\'"">"',
      'Not Chinese,lantern,,agency,',
      'Quiet Lamp Doctrine,静灯学说,,policy,A made-up doctrine',
    ].join('\n');
    await options.setInputFiles('#opt-import', file('terms.csv', csv));
    const summary = await options.locator('[data-summary]').textContent();
    expect(summary).toMatch(/^2 to add, 0 to replace, 0 unchanged, 1 rows refused/);
    expect(await options.locator('[data-refused] li').first().textContent()).toMatch(/3.*zh/i);
    // Nothing is stored before the import is applied.
    expect(await options.locator('.cpl-user-terms li').count()).toBe(0);
    expect(await axeViolations(options)).toEqual([]);
    await options.click('[data-apply]');
    await options.waitForSelector('[data-term-id="user-lantern-bureau-of-examples"]');
    expect(await options.locator('.cpl-user-terms li').count()).toBe(2);

    // A malformed file is refused with its reason, and the stored terms stay as they were.
    await options.setInputFiles('#opt-import', file('broken.csv', 'en,zh\n"Unclosed,灯\n'));
    expect(await options.locator('[data-import-error]').textContent()).toMatch(
      /broken\.csv was not imported: .+Your terms are unchanged\./,
    );
    await options.setInputFiles(
      '#opt-import',
      file('bomb.tbx', '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa">]><tbx>&a;</tbx>'),
    );
    expect(await options.locator('[data-import-error]').textContent()).toMatch(/bomb\.tbx/);
    expect(await options.locator('.cpl-user-terms li').count()).toBe(2);

    // Export, then import the export again: every term comes back unchanged.
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-export="json"]')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<{ id: string; gloss: string }>;
    expect(exported.map((x) => x.id).sort()).toEqual(['user-lantern-bureau-of-examples', 'user-quiet-lamp-doctrine']);
    expect(exported.find((x) => x.id === 'user-lantern-bureau-of-examples')!.gloss).toContain('<img src=x');
    for (const format of ['csv', 'tbx'] as const) {
      const [dl] = await Promise.all([options.waitForEvent('download'), options.click(`[data-export="${format}"]`)]);
      await options.setInputFiles('#opt-import', file(`again.${format}`, readFileSync((await dl.path())!, 'utf8')));
      expect(await options.locator('[data-summary]').textContent()).toMatch(
        /^0 to add, 0 to replace, 2 unchanged, 0 rows refused/,
      );
      await options.click('[data-cancel]');
    }
    await options.close();

    // Marked on pages, with the card's text as text (the gloss's markup is never parsed).
    const page = await env.context.newPage();
    await page.goto(env.server.url('user-terms.html'));
    const texts = await waitFor('marks', () =>
      page.evaluate(highlightTexts, null).then((t) => (t['cpl-agency']?.includes('LBE') ? t : null)),
    );
    expect(texts['cpl-agency']).toEqual(
      expect.arrayContaining(['Lantern Bureau of Examples', '灯笼示例局', 'LBE', 'Cyberspace Administration of China']),
    );
    const box = await page.evaluate(() => {
      const r = document.createRange();
      const text = document.getElementById('mine')!.firstChild!;
      r.setStart(text, 4);
      r.setEnd(text, 10);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const gloss = await waitFor('the card', () =>
      page.evaluate(
        () =>
          document
            .querySelector('cpl-ui')
            ?.shadowRoot?.querySelector('.cpl-card[data-entry-id="user-lantern-bureau-of-examples"] .cpl-gloss')
            ?.textContent ?? null,
      ),
    );
    expect(gloss).toContain('<img src=x');
    expect(
      await page.evaluate(() => document.querySelector('cpl-ui')!.shadowRoot!.querySelectorAll('img').length),
    ).toBe(0);
    expect(await page.title()).toBe('User terms');
    await page.close();

    // Found by the popup's search like a bundled entry.
    const popup = await extensionPage('popup.html');
    await popup.waitForSelector('[role=combobox]:focus');
    await popup.keyboard.type('灯笼示例');
    await waitFor('the user term first', async () =>
      (await activeOption(popup)) === 'user-lantern-bureau-of-examples' ? true : null,
    );
    await popup.close();

    // Deleting a term can be undone; the list is stored whole each time.
    const again = await extensionPage('options.html');
    await again.waitForSelector('[data-term-id="user-quiet-lamp-doctrine"]');
    await again.click('[data-term-id="user-quiet-lamp-doctrine"] button:has-text("Delete")');
    await again.waitForSelector('[data-term-id="user-quiet-lamp-doctrine"]', { state: 'detached' });
    await again.click('[data-undo]');
    await again.waitForSelector('[data-term-id="user-quiet-lamp-doctrine"]');
    await again.close();
  });

  it('keeps the settings and the user’s terms across a browser restart', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'cpl-restart-'));
    try {
      const first = await launchExtensionContext({ profile });
      const options = await first.context.newPage();
      await options.goto(`chrome-extension://${first.extensionId}/options.html`);
      await options.waitForSelector('#opt-import');
      await options.selectOption('#opt-colour-law', 'teal');
      await options.setInputFiles('#opt-import', {
        name: 'one.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('en,zh\nLantern Bureau of Examples,灯笼示例局\n'),
      });
      await options.click('[data-apply]');
      await options.waitForSelector('[data-term-id="user-lantern-bureau-of-examples"]');
      // Settings live in storage.sync and the terms in storage.local, written independently: under load the browser
      // could close before the colour reached storage, so wait until the extension reads it back.
      await waitFor('the colour saved', () =>
        options.evaluate(async () => {
          const { settings } = (await chrome.storage.sync.get('settings')) as {
            settings?: { colours?: Record<string, string> };
          };
          return settings?.colours?.law === 'teal' ? true : null;
        }),
      );
      await first.close();

      const second = await launchExtensionContext({ profile });
      try {
        expect(second.extensionId).toBe(first.extensionId);
        const again = await second.context.newPage();
        await again.goto(`chrome-extension://${second.extensionId}/options.html`);
        await again.waitForSelector('[data-term-id="user-lantern-bureau-of-examples"]');
        expect(await again.inputValue('#opt-colour-law')).toBe('teal');
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
