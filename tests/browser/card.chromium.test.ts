/**
 * The hover card in depth, in Chromium: lineage links, the expanded view, copy actions (clipboard), dwell and modifier
 * settings, keyboard commands, the site list, placement at the viewport's edges, dark mode and an axe-core check.
 * (Firefox runs the shared suite's card tests as its smoke test.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchExtensionContext } from './harness/chromium';
import { ARTIFACTS, chromiumSuite } from './harness/chromium-suite';
import { openCard, termCentre } from './harness/page-probes';
import { sleep, waitFor } from './harness/wait';

/** The extension API as the service worker sees it (the test's own types know nothing of `chrome`). */
interface WorkerChrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
  };
  runtime: { getManifest(): { commands?: Record<string, unknown> } };
}
declare const chrome: WorkerChrome;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

describe('card (Chromium)', () => {
  const env = chromiumSuite(async ({ context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url('').replace(/\/$/, ''),
    });
  });

  async function open(path: string, types = 1): Promise<Page> {
    const page = await env.context.newPage();
    await page.goto(env.server.url(path));
    await waitFor('marks', () => page.evaluate((n) => CSS.highlights.size >= n || null, types));
    return page;
  }

  async function hover(page: Page, text: string): Promise<NonNullable<ReturnType<typeof openCard>>> {
    const at = await waitFor(`"${text}" on screen`, () => page.evaluate(termCentre, text));
    await page.mouse.move(at.x, at.y);
    return waitFor('the card', () => page.evaluate(openCard, null));
  }

  /**
   * Sends a message to the active tab's top frame from the service worker, as the background does for a keyboard
   * command or a env.context-menu click (headless Chromium has neither shortcut UI nor menus to click).
   */
  function toActiveTab(type: string, data: unknown): Promise<unknown> {
    return env.context.serviceWorkers()[0].evaluate(
      async ([t, d]) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab.id!, { type: t, data: d }, { frameId: 0 });
      },
      [type, data] as const,
    );
  }

  /** Sets options through the options page, as a reader would. */
  async function setOptions(change: (options: Page) => Promise<void>): Promise<void> {
    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html`);
    await options.waitForSelector('#opt-dwell');
    await change(options);
    await options.waitForFunction(() => document.querySelector('[role=status]')?.textContent);
    await options.close();
  }

  it('shows lineage with a link that turns the card to the successor', async () => {
    const page = await open('lineage.html', 2);
    const card = await hover(page, 'State Internet Information Office');
    expect(card.id).toBe('siio');
    expect(card.text).toContain('Renamed in 2014: now CAC');
    await page.click('.cpl-lineage .cpl-linkbutton');
    const next = await waitFor('the successor card', () =>
      page.evaluate(openCard, null).then((c) => (c?.id === 'cac' ? c : null)),
    );
    expect(next.text).toContain('Cyberspace Administration of China');
    await page.close();
  });

  it('answers for a title the glossary does not hold with its kind, the title and the names in it', async () => {
    const page = await open('titles.html', 1);
    const card = await hover(page, '关于修改〈中华人民共和国个人所得税法〉的决定');
    expect(card.id).toBe('document-kind-decision');
    expect(card.text).toContain('《关于修改〈中华人民共和国个人所得税法〉的决定》');
    await page.click('.cpl-doc-names .cpl-linkbutton');
    const law = await waitFor('the law it amends', () =>
      page.evaluate(openCard, null).then((c) => (c?.id === 'individual-income-tax-law' ? c : null)),
    );
    expect(law.text).toContain('Individual Income Tax Law');
    await page.close();
  });

  it('expands a defined term to the law, the article and its definition, and says how its English names stand', async () => {
    const page = await open('titles.html', 1);
    await hover(page, '单独同意');
    await page.click('.cpl-action[aria-expanded="false"]');
    const text = await waitFor('the legal definition', () =>
      page.evaluate(openCard, null).then((c) => (c?.text.includes('第六十二条') ? c.text : null)),
    );
    expect(text).toContain('单独同意，是指个人针对其个人信息进行特定处理而专门作出具体、明确的同意。');
    expect(text).toMatch(/specific consent \(informal\)/);
    await page.close();
  });

  it('expands to the definition, relations and sources, with safe links only', async () => {
    const page = await open('lineage.html', 2);
    await hover(page, "Cybersecurity Law of the People's Republic of China");
    // The date follows the browser's language: "1 June 2017" or "June 1, 2017".
    expect((await page.evaluate(openCard, null))!.text).toMatch(/In force since (1 June 2017|June 1, 2017)/);
    await page.click('.cpl-action[aria-expanded="false"]');
    const text = await waitFor('the definition', () =>
      page
        .evaluate(openCard, null)
        .then((c) => (c?.text.includes('critical information infrastructure') ? c.text : null)),
    );
    expect(text).toContain('Enforced by');
    expect(text).toContain('Sources');
    const links = await page.evaluate(() =>
      [...document.querySelector('cpl-ui')!.shadowRoot!.querySelectorAll('a')].map((a) => ({
        href: a.href,
        rel: a.rel,
        target: a.target,
      })),
    );
    for (const link of links) {
      expect(link.href).toMatch(/^https?:/);
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.close();
  });

  it('copies the Chinese name, the English name, the bilingual line and a citation', async () => {
    const page = await open('lineage.html', 2);
    await hover(page, "Cybersecurity Law of the People's Republic of China");
    // The status line keeps saying "Copied" from the click before, and the citation copies after fetching the
    // entry's sources: wait for the clipboard itself to change from a marker written first.
    const copied = async (which: string) => {
      await page.evaluate(() => navigator.clipboard.writeText('(before)'));
      await page.click(`.cpl-action[data-copy="${which}"]`);
      return waitFor('copied', () =>
        page.evaluate(() => navigator.clipboard.readText()).then((text) => (text === '(before)' ? null : text)),
      );
    };
    expect(await copied('zh')).toBe('中华人民共和国网络安全法');
    expect(await copied('en')).toBe("Cybersecurity Law of the People's Republic of China");
    expect(await copied('line')).toBe(
      "Cybersecurity Law of the People's Republic of China (中华人民共和国网络安全法, Zhōnghuá Rénmín Gònghéguó Wǎngluò Ānquán Fǎ)",
    );
    expect(await copied('citation')).toMatch(
      /^Cybersecurity Law of the People's Republic of China \(中华人民共和国网络安全法, .+\)\. .+\.$/,
    );
    await page.close();
  });

  it('stays inside the viewport for terms at its edges', async () => {
    const page = await open('edges.html', 2);
    for (const term of ['Data Security Law', 'Ministry of Public Security', '网信办']) {
      await page.mouse.move(640, 400);
      await waitFor('no card', async () => (await page.evaluate(openCard, null)) === null);
      const card = await hover(page, term);
      expect(card.rect.left, term).toBeGreaterThanOrEqual(0);
      expect(card.rect.top, term).toBeGreaterThanOrEqual(0);
      expect(card.rect.right, term).toBeLessThanOrEqual(card.viewport.w);
      expect(card.rect.bottom, term).toBeLessThanOrEqual(card.viewport.h);
    }
    await page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const page = await open('lineage.html', 2);
    await hover(page, 'State Internet Information Office');
    await page.click('.cpl-action[aria-expanded="false"]');
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
        }
      ).axe;
      const result = await axe.run({ include: [['cpl-ui', '.cpl-card']] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('answers the keyboard commands: next term with focus in the card, Escape returns focus, marking off and on', async () => {
    const page = await open('lineage.html', 2);
    const worker = env.context.serviceWorkers()[0];
    const command = (name: string) => toActiveTab('command', { name });
    await page.bringToFront();
    await command('next-term');
    const first = await waitFor('a card from the keyboard', () => page.evaluate(openCard, null));
    expect(first.id).toBe('siio');
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe('CPL-UI');
    await command('next-term');
    expect(
      (await waitFor('the next card', () => page.evaluate(openCard, null).then((c) => (c?.id !== 'siio' ? c : null))))
        .id,
    ).toBe('cybersecurity-law');
    await page.keyboard.press('Escape');
    await waitFor('closed', async () => (await page.evaluate(openCard, null)) === null);
    expect(await page.evaluate(() => document.activeElement?.nodeName)).not.toBe('CPL-UI');
    await command('toggle-marking');
    await waitFor('marks off', () => page.evaluate(() => CSS.highlights.get('cpl-agency') === undefined || null, null));
    await command('toggle-marking');
    await waitFor('marks back', () =>
      page.evaluate(() => CSS.highlights.get('cpl-agency') !== undefined || null, null),
    );
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest().commands);
    expect(Object.keys(manifest ?? {})).toEqual(
      expect.arrayContaining(['toggle-marking', 'next-term', 'previous-term']),
    );
    await page.close();
  });

  it('looks up a selection from the env.context menu: a card when it names a term, the search otherwise', async () => {
    const page = await open('lineage.html', 2);
    const worker = env.context.serviceWorkers()[0];
    const select = (id: string) =>
      page.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById(el)!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return range.toString();
      }, id);
    // What the background does on a menu click: ask the tab, and fall back to the popup's search.
    const lookUp = (text: string) => toActiveTab('lookup-selection', { text });
    await page.bringToFront();
    expect(await lookUp(await select('law'))).toEqual({ found: true });
    expect((await waitFor('the looked-up card', () => page.evaluate(openCard, null))).id).toBe('cybersecurity-law');
    await page.keyboard.press('Escape');
    expect(await lookUp(await select('filler'))).toEqual({ found: false });
    expect(await page.evaluate(openCard, null)).toBeNull();
    // The popup picks up a pending query as its search.
    await worker.evaluate(() =>
      (chrome as unknown as { storage: { local: { set(v: object): Promise<void> } } }).storage.local.set({
        pendingQuery: 'wangluo qiangguo',
      }),
    );
    const popup = await env.context.newPage();
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.waitForFunction(
      () => (document.querySelector('input[type=search]') as HTMLInputElement)?.value === 'wangluo qiangguo',
    );
    expect(await popup.locator('[data-entry-id]').first().getAttribute('data-entry-id')).toBe('cyber-superpower');
    await popup.close();
    await page.close();
  });

  it('waits the dwell set in options, and with "require the key" opens only while it is held', async () => {
    await setOptions(async (o) => {
      await o.fill('#opt-dwell', '1500');
      await o.press('#opt-dwell', 'Tab');
    });
    let page = await open('lineage.html', 2);
    const at = await waitFor('term', () => page.evaluate(termCentre, 'State Internet Information Office'));
    await page.mouse.move(at.x, at.y);
    await sleep(700);
    expect(await page.evaluate(openCard, null)).toBeNull();
    await waitFor('the card after the dwell', () => page.evaluate(openCard, null), 3000);
    await page.close();

    await setOptions(async (o) => {
      await o.fill('#opt-dwell', '300');
      await o.press('#opt-dwell', 'Tab');
      await o.check('#opt-require');
    });
    page = await open('lineage.html', 2);
    const at2 = await waitFor('term', () => page.evaluate(termCentre, 'State Internet Information Office'));
    await page.mouse.move(at2.x, at2.y);
    await sleep(800);
    expect(await page.evaluate(openCard, null)).toBeNull();
    await page.keyboard.down('Alt');
    await page.mouse.move(at2.x + 2, at2.y);
    expect((await waitFor('the card with the key held', () => page.evaluate(openCard, null))).id).toBe('siio');
    await page.keyboard.up('Alt');
    await page.close();
    await setOptions((o) => o.uncheck('#opt-require'));
  });

  it('stays off on a site in the list, and comes back when it is removed', async () => {
    await setOptions(async (o) => {
      await o.fill('#opt-site', '127.0.0.1');
      await o.click('button[type=submit]');
      await o.waitForSelector('.cpl-sites li');
    });
    const page = await env.context.newPage();
    await page.goto(env.server.url('lineage.html'));
    await sleep(2000);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await setOptions((o) => o.click('.cpl-sites button'));
    await page.reload();
    await waitFor('marks again', () => page.evaluate(() => CSS.highlights.size > 0 || null, null));
    await page.close();
  });

  it('follows the system dark theme, and saves light and dark screenshots', async () => {
    const page = await open('demo.html', 3);
    await hover(page, '国家互联网信息办公室');
    await page.screenshot({ path: `${ARTIFACTS}/card-light.png` });
    await page.close();
    const dark = await launchExtensionContext({ colorScheme: 'dark' });
    try {
      const darkPage = await dark.context.newPage();
      await darkPage.goto(env.server.url('demo.html'));
      await waitFor('marks', () => darkPage.evaluate(() => CSS.highlights.size >= 3 || null, null));
      await hover(darkPage, '国家互联网信息办公室');
      const background = await darkPage.evaluate(
        () =>
          getComputedStyle(document.querySelector('cpl-ui')!.shadowRoot!.querySelector('.cpl-card')!).backgroundColor,
      );
      expect(background).toBe('rgb(31, 35, 40)');
      await darkPage.screenshot({ path: `${ARTIFACTS}/card-dark.png` });
    } finally {
      await dark.close();
    }
  });
});
