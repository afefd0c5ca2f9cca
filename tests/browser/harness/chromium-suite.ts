/**
 * One Chromium profile with the extension and one page server for a whole test file, started before its tests and
 * closed after them: `const env = chromiumSuite()` at the top of a `describe`, then `env.context`, `env.server`...
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtensionContext, type ExtensionContext } from './chromium';
import { startServer, type PageServer } from './server';

export const ARTIFACTS = 'test-artifacts';

export interface ChromiumSuite {
  browser: ExtensionContext;
  context: BrowserContext;
  extensionId: string;
  server: PageServer;
}

export function chromiumSuite(setup?: (env: ChromiumSuite) => Promise<void>): ChromiumSuite {
  const env = {} as ChromiumSuite;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    env.server = await startServer();
    env.browser = await launchExtensionContext({ colorScheme: 'light' });
    env.context = env.browser.context;
    env.extensionId = env.browser.extensionId;
    await setup?.(env);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
