/**
 * The browser's own extension API, for the frame gate alone (wxt.config.ts points its `wxt/browser` here): every
 * frame of every page runs the gate, and the polyfill's wrappers cost it more heap than the rest of the gate. The gate
 * only sends one message and reads `runtime.id`, which both browsers offer natively with promises (Firefox as
 * `browser`, Chromium MV3 as `chrome`).
 */
import type { Browser } from 'webextension-polyfill';

const native = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const browser: Browser = native.browser?.runtime?.id ? native.browser : native.chrome!;
