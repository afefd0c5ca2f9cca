/** Every UI string goes through browser i18n (public/_locales/en and zh_CN). */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  // An unknown key returns "": show the key rather than an empty control, so the gap is visible in review.
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
