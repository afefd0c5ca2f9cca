/** Every UI string goes through browser i18n (public/_locales/en and zh_CN). */
import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** A key of the English messages: a misspelt or missing key is a type error, not a blank control. */
export type MessageKey = keyof typeof messages;

/** `t`'s shape, for code that takes a translator (the tests pass one that reads the messages files). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // An unknown key returns "": show the key rather than an empty control, so the gap is visible in review.
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
