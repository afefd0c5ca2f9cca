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
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  newPage(): Promise<DriverPage>;
  /** URL of a page of the extension (popup.html, options.html). */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export const DIST = new URL('../../../dist/', import.meta.url);
