/** Debian's Chromium with the built extension loaded unpacked, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export interface ExtensionContext {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** A fresh Chromium profile with the built extension loaded, for tests that drive Playwright directly. */
export async function launchExtensionContext(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionContext> {
  const extension = fileURLToPath(new URL('chrome-mv3/', DIST));
  const profile = mkdtempSync(join(tmpdir(), 'cpl-chromium-'));
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
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Driver> {
  const { context, extensionId, close } = await launchExtensionContext(options);
  return {
    name: 'chromium',
    newPage: async () => wrap(await context.newPage()),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close,
  };
}
