/**
 * Debian's Firefox ESR with the built extension installed as a temporary add-on through WebDriver BiDi
 * (puppeteer-core's installExtension). The add-on's internal UUID is fixed with the
 * `extensions.webextensions.uuids` pref so that tests can open its popup and options pages by URL.
 */
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import { DIST, type Driver, type DriverPage } from './driver';
import { waitFor } from './wait';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'china-policy-lens@cpl.example';
const ADDON_UUID = '2f1d2c4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function wrap(page: Page): DriverPage {
  return {
    onNewDocument: async (fn) => void (await page.evaluateOnNewDocument(fn)),
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
      // Firefox loads extension pages but sends puppeteer no navigation events for them, so goto() would wait out its
      // timeout: start it, ignore its verdict, and wait for the document itself to be there.
      // The current document is tagged so that going to the same URL again waits for the new document.
      await page.evaluate(() => ((window as { __cplLeft?: boolean }).__cplLeft = true)).catch(() => undefined);
      page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      await waitFor(`${url} to load`, () =>
        page.evaluate(
          (want) =>
            location.href === want &&
            document.readyState === 'complete' &&
            !(window as { __cplLeft?: boolean }).__cplLeft,
          url,
        ),
      );
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((f) => f.url().split('?')[0].endsWith(urlPart));
      if (!frame) throw new Error(`no frame at ${urlPart}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    // WebDriver BiDi's input.setFiles, through puppeteer.
    setInputFile: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no element at ${selector}`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    // BiDi's network events for this tab's browsing contexts (its frames included). The add-on's background page is
    // no browsing context BiDi reports on, so its requests, if it made any, would not be seen here.
    onRequest: (listener) => void page.on('request', (request) => listener(request.url())),
    onError: async (listener) => {
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'assert')
          listener(`console.${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        if (isPreloadArtifact(error)) return;
        listener(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
      });
    },
    close: () => page.close(),
  };
}

/**
 * Firefox 140 ESR reports this error, with no script location, in a page with a cross-origin frame whenever a preload
 * script is registered (`evaluateOnNewDocument`), even a one-line string and with no script in the page or its
 * frames: reproduced with puppeteer alone, without the add-on. No upstream report found; Firefox 153 does not show it.
 */
function isPreloadArtifact(error: unknown): boolean {
  // The message comes with or without an 'Error: ' prefix, depending on the frame that reported it.
  if (!(error instanceof Error) || !/^(Error: )?Permission denied to access property "length"$/.test(error.message))
    return false;
  return !/[\w.-]+:\d+/.test(error.stack ?? '');
}

/** Firefox with the built add-on installed, or with none (`extension: false`, the corpus's baseline). */
export async function launchFirefox(
  options: { colorScheme?: 'light' | 'dark'; extension?: boolean } = {},
): Promise<Driver> {
  const withExtension = options.extension ?? true;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox 153 limits WebDriver navigation to http(s), file and blob URLs unless system access is allowed; the
    // popup and options pages are moz-extension:// URLs. https://firefox-source-docs.mozilla.org/testing/geckodriver/Flags.html#allow-system-access
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  if (withExtension) await browser.installExtension(fileURLToPath(new URL('firefox-mv2/', DIST)));
  return {
    name: 'firefox',
    withExtension,
    newPage: async () => wrap(await browser.newPage()),
    extensionUrl: (path) => `moz-extension://${ADDON_UUID}/${path}`,
    close: () => browser.close(),
  };
}
