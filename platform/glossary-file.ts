/**
 * The content engine's glossary is one binary file in the extension (matching/bundle.ts writes it at build time),
 * fetched by each frame that marks, not a script: a script's data is parsed as JavaScript in every frame and its
 * string literals stay on the JS heap, and as a script it had passed 5 MB, more than Mozilla's add-on linter parses.
 * The fetch is of the extension's own file and never leaves the machine. Chromium lets a content script read an
 * extension file only if it is web-accessible, so the Chromium manifest lists this one with `use_dynamic_url`: its
 * address changes every session and pages cannot probe for it (wxt.config.ts); Firefox lets content scripts read
 * their extension's files without that.
 */
import { browser } from 'wxt/browser';
import { BUNDLE_FILE } from '../matching/bundle';

/** The glossary file's bytes; rejects with a message naming the file when it cannot be read. */
export async function fetchGlossaryFile(): Promise<ArrayBuffer> {
  return (await fetchExtensionFile(BUNDLE_FILE)).arrayBuffer();
}

/**
 * A file of the extension's own (the glossary bundle, the full entries for the popup and background): the one
 * fetch our scripts make, never beyond the extension. Rejects with a message naming the file when it cannot be read.
 */
export async function fetchExtensionFile(name: string): Promise<Response> {
  const url = browser.runtime.getURL(`/${name}` as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`China Policy Lens: could not read ${name} (HTTP ${response.status})`);
  return response;
}
