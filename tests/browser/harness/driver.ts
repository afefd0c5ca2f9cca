/**
 * What the shared browser suite needs from a browser, so that one suite runs in Chromium (playwright-core) and
 * Firefox (puppeteer-core over WebDriver BiDi) alike.
 */
export interface DriverPage {
  /** Runs `fn` in the main world of every document this page loads, before the page's own scripts. */
  onNewDocument(fn: () => void): Promise<void>;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs `fn` in the main world of the (first) frame whose URL path ends with `urlPart`. */
  evaluateInFrame<R, A>(urlPart: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  focus(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Hands a file to the `<input type=file>` at `selector`, as a reader choosing it would. */
  setInputFile(selector: string, path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Reports every request this page (and its frames) makes, by URL. Chromium: the whole browser context's requests
   * (pages, frames, content scripts, and service workers, the extension's included: Playwright reports their network
   * by default). Firefox: the requests WebDriver BiDi attributes to this tab, its content scripts' included.
   */
  onRequest(listener: (url: string) => void): void;
  /**
   * Reports console errors and uncaught exceptions. Chromium: from every world of the page over the DevTools
   * protocol, content scripts' isolated worlds included, and the browser's own log (CSP violations, failed loads).
   * Firefox: what WebDriver BiDi's log reports for the page's realms.
   */
  onError(listener: (text: string) => void): Promise<void>;
  /**
   * Evaluates `expression` in the extension's content-script world of the frame whose URL path ends with `urlPart`
   * (the top document for null), where the `__cpl` debug global lives. Chromium only (DevTools protocol): Firefox
   * gives WebDriver BiDi no handle on an add-on's content-script sandbox.
   */
  evaluateInContentScript?(urlPart: string | null, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  /** Whether the built extension is loaded in this browser (false for the baseline browser of the corpus). */
  withExtension: boolean;
  newPage(): Promise<DriverPage>;
  /** URL of a page of the extension (popup.html, options.html). */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export const DIST = new URL('../../../dist/', import.meta.url);
