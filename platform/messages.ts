/**
 * The typed message protocol between the extension's parts (after 10ten Japanese Reader's background-request.ts):
 * one map from message type to request and response, and senders and a receiver that only accept what the map
 * says. A new message is one line in `Protocol` and one handler where it is received.
 */
import { browser } from 'wxt/browser';
import type { EntryDetails } from '../matching/model';
import type { EntryType } from '../glossary/schema';

export interface PageTerm {
  id: string;
  count: number;
  /** For a kind of document's mark, the 《》 title it stands for: each title is its own row. */
  title?: string;
}

export interface Protocol {
  /** Content script -> background: what the page's top frame found, for the toolbar badge. */
  'page-terms': { request: { total: number; byType: Record<EntryType, number> }; response: void };
  /** Popup -> content script of the active tab: the terms found on the page, most frequent first. */
  'list-page-terms': { request: Record<string, never>; response: PageTerm[] };
  /** Popup -> content script: which site this is, whether it is marked, and how many marks the cap left unpainted. */
  'page-info': { request: Record<string, never>; response: { host: string; marking: boolean; capped?: number } };
  /** Popup -> content script: scroll to the next mention of an entry and flash it; false if it has none. */
  'reveal-term': { request: { id: string; title?: string }; response: { found: boolean } };
  /** Content script -> background: the card's expanded view (definition, sources), kept out of every page's bundle. */
  'entry-details': { request: { id: string }; response: EntryDetails | undefined };
  /** Frame gate -> background: this sub-frame has text; inject the marking engine into it. */
  'frame-text': { request: Record<string, never>; response: void };
  /** Background -> content script: a keyboard command (manifest `commands`). */
  command: { request: { name: CommandName }; response: void };
  /** Background -> content script: "Look up in China Policy Lens" on a selection; found = a card was opened. */
  'lookup-selection': { request: { text: string }; response: { found: boolean } };
}

export const COMMANDS = ['toggle-marking', 'next-term', 'previous-term'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type MessageType = keyof Protocol;
interface Message<K extends MessageType = MessageType> {
  type: K;
  data: Protocol[K]['request'];
}

export function sendToBackground<K extends MessageType>(
  type: K,
  data: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  return browser.runtime.sendMessage({ type, data } satisfies Message<K>);
}

/** To the top frame of a tab (frame 0), which answers for the page. */
export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: Protocol[K]['request'],
): Promise<Protocol[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, data } satisfies Message<K>, { frameId: 0 });
}

/** Who sent a message: the tab and frame of a content script, and the frame's URL. */
interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

type Handlers = {
  [K in MessageType]?: (
    data: Protocol[K]['request'],
    sender: Sender,
  ) => Protocol[K]['response'] | Promise<Protocol[K]['response']>;
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string';
}

/** Registers handlers for the message types this part receives; other messages are left for other listeners. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }) => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as ((data: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    // Returning a promise is how webextension-polyfill sends an asynchronous response.
    return Promise.resolve(handler(message.data, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
