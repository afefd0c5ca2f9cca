/**
 * Vite plugin that compiles the glossary at build time into the virtual module `virtual:cpl-glossary`.
 * A malformed data file makes the build fail with the file, entry id and field (GlossaryError's message).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary, runtimeGlossary } from './compile';
import { DATA_DIR, danglingRelations, loadGlossary } from '../load';
import type { RuntimeGlossary } from '../../matching/model';
import { GlossaryError } from '../schema';

// Two modules: the full entries (popup, options) and the content script's lean bundle with the prebuilt automaton.
const FULL = 'virtual:cpl-glossary';
const RUNTIME = 'virtual:cpl-glossary/runtime';
const PREFIX = '\0';

/**
 * Typed by shape rather than with vite's `Plugin`: WXT builds with its own vite (7) while vitest brings another (8),
 * and a plain object of these hooks fits both.
 */
export function glossaryPlugin() {
  return {
    name: 'cpl-glossary',
    resolveId(id: string) {
      return id === FULL || id === RUNTIME ? PREFIX + id : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== PREFIX + FULL && id !== PREFIX + RUNTIME) return undefined;
      for (const f of readdirSync(DATA_DIR)) if (f.endsWith('.json')) this.addWatchFile(join(DATA_DIR, f));
      const { entries } = loadGlossary();
      const dangling = danglingRelations(entries);
      if (dangling.length) throw new GlossaryError(`glossary relations point nowhere:\n${dangling.join('\n')}`);
      const compiled = compileGlossary(entries);
      const data = id === PREFIX + RUNTIME ? runtimeGlossary(compiled) : { entries: compiled.entries };
      // JSON.parse of a string literal is parsed faster by engines than the same data as an object literal. The
      // content script's bundle stays a string until a page that is to be marked asks for it.
      if (id !== PREFIX + RUNTIME) return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      // The automaton's arrays go as base64 string literals of their own, outside the JSON: decoded straight from
      // the literal, they leave no parsed copy of 865 KB of base64 (nor, where Uint8Array.fromBase64 exists, a binary
      // string) behind as garbage. Strings that large go straight to V8's old generation, and on the 5 MB bench page
      // that garbage was what brought on a second full collection, which traces the whole DOM: garbage collection
      // during the load fell from ~70 ms (runs of up to 22-56 ms) to 10-19 ms (runs of up to 8 ms).
      const { automaton, ...rest } = data as RuntimeGlossary;
      return `export default ${JSON.stringify({ json: asciiJson(JSON.stringify(rest)), automaton })};`;
    },
  };
}

/**
 * JSON with every character outside ASCII written as a `\uXXXX` escape, which JSON.parse reads back as the same
 * text. Why: V8 stores a string in one byte per character only when every character fits in one byte; a single Chinese
 * character makes the whole 1.2-million-character string literal two bytes per character, and the literal lives as
 * long as the content script, in every frame of every page. Escaped, the JS heap a page pays for the content script
 * fell from 4.1 to 2.9 MB (30 KB bench page, Runtime.getHeapUsage after a forced collection).
 */
export function asciiJson(json: string): string {
  return json.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
