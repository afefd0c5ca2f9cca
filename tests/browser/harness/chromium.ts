/** Debian's Chromium with the built extension loaded unpacked, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { DIST, type Driver, type DriverPage } from './driver';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium here, with the extension at `extension` loaded unpacked (or none). */
export function chromiumArgs(extension?: string): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--no-sandbox', // we run as root in CI containers, where Chromium's sandbox cannot start
    '--disable-gpu',
    // This machine has no network beyond package registries: keep Chromium from trying (see env notes).
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

function wrap(page: Page): DriverPage {
  const context = page.context();
  return {
    onNewDocument: async (fn) => void (await page.addInitScript(fn)),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInFrame: async (urlPart, fn, arg) => {
      const frame = page.frames().find((f) => f.url().split('?')[0].endsWith(urlPart));
      if (!frame) throw new Error(`no frame at ${urlPart}`);
      return frame.evaluate(fn as never, arg) as never;
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    click: (selector) => page.click(selector),
    setInputFile: (selector, path) => page.setInputFiles(selector, path),
    screenshot: async (path) => void (await page.screenshot({ path })),
    onRequest: (listener) => {
      const onRequest = (request: Request) => listener(request.url());
      context.on('request', onRequest);
      page.once('close', () => context.off('request', onRequest));
    },
    onError: async (listener) => {
      // Straight from the DevTools protocol rather than Playwright's console event, so that nothing is filtered:
      // console.error and uncaught exceptions in every world (a content script's too) and the browser's own log.
      const cdp = await context.newCDPSession(page);
      cdp.on('Runtime.consoleAPICalled', (e) => {
        if (e.type === 'error' || e.type === 'assert')
          listener(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description).join(' ')}`);
      });
      cdp.on('Runtime.exceptionThrown', (e) =>
        listener(`uncaught: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
      );
      cdp.on('Log.entryAdded', (e) => {
        if (e.entry.level === 'error') listener(`log (${e.entry.source}): ${e.entry.text} ${e.entry.url ?? ''}`.trim());
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Log.enable');
    },
    evaluateInContentScript: async (urlPart, expression) => {
      const frame =
        urlPart === null ? page.mainFrame() : page.frames().find((f) => f.url().split('?')[0].endsWith(urlPart));
      if (!frame) throw new Error(`no frame at ${urlPart}`);
      const cdp = await context.newCDPSession(page);
      try {
        const contexts: Array<{ id: number; name: string; auxData?: { isDefault?: boolean; frameId?: string } }> = [];
        cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
        await cdp.send('Runtime.enable');
        const { frameTree } = await cdp.send('Page.getFrameTree');
        type Tree = typeof frameTree;
        const find = (t: Tree): string | undefined =>
          t.frame.url === frame.url() ? t.frame.id : (t.childFrames ?? []).map(find).find(Boolean);
        const frameId = find(frameTree);
        const world = contexts.find(
          (c) => c.auxData?.frameId === frameId && !c.auxData?.isDefault && c.name.includes('China Policy Lens'),
        );
        if (!world) throw new Error(`no content-script world in ${urlPart ?? 'the top document'}`);
        const r = await cdp.send('Runtime.evaluate', {
          expression,
          contextId: world.id,
          awaitPromise: true,
          returnByValue: true,
        });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
        return r.result.value;
      } finally {
        await cdp.detach();
      }
    },
    close: () => page.close(),
  };
}

export interface ExtensionContext {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * A Chromium profile with the built extension loaded, for tests that drive Playwright directly: a fresh one, or
 * `profile` (kept on close), to start the same browser profile again as after a restart.
 */
export async function launchExtensionContext(
  options: { colorScheme?: 'light' | 'dark'; profile?: string } = {},
): Promise<ExtensionContext> {
  const extension = fileURLToPath(new URL('chrome-mv3/', DIST));
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'cpl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extension),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Driver> {
  const { context, extensionId, close } = await launchExtensionContext(options);
  return {
    name: 'chromium',
    withExtension: true,
    newPage: async () => wrap(await context.newPage()),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close,
  };
}

/** The same Chromium with no extension: the baseline that corpus pages are compared against. */
export async function launchPlainChromium(): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'cpl-chromium-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(),
  });
  return {
    name: 'chromium',
    withExtension: false,
    newPage: async () => wrap(await context.newPage()),
    extensionUrl: () => {
      throw new Error('no extension in the baseline browser');
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
