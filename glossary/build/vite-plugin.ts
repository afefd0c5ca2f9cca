/**
 * Vite plugin that compiles the glossary at build time into the virtual module `virtual:cpl-glossary`.
 * A malformed data file makes the build fail with the file, entry id and field (GlossaryError's message).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packBundle } from '../../matching/bundle';
import { compileGlossary } from './compile';
import { DATA_DIR, danglingRelations, loadGlossary } from '../load';
import { GlossaryError } from '../schema';

// The full entries (popup, options), and the content script's lean bundle in two parts: its names and entries, and
// its prebuilt automaton (platform/glossary-parts.ts says why two).
const FULL = 'virtual:cpl-glossary';
const NAMES = 'virtual:cpl-glossary/runtime-names';
const AUTOMATON = 'virtual:cpl-glossary/runtime-automaton';
const IDS = [FULL, NAMES, AUTOMATON];
const PREFIX = '\0';

/**
 * Typed by shape rather than with vite's `Plugin`: WXT builds with its own vite (7) while vitest brings another (8),
 * and a plain object of these hooks fits both.
 */
export function glossaryPlugin() {
  return {
    name: 'cpl-glossary',
    resolveId(id: string) {
      return IDS.includes(id) ? PREFIX + id : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (!IDS.some((known) => id === PREFIX + known)) return undefined;
      for (const f of readdirSync(DATA_DIR)) if (f.endsWith('.json')) this.addWatchFile(join(DATA_DIR, f));
      const { entries } = loadGlossary();
      const dangling = danglingRelations(entries);
      if (dangling.length) throw new GlossaryError(`glossary relations point nowhere:\n${dangling.join('\n')}`);
      const compiled = compileGlossary(entries);
      // JSON.parse of a string literal is parsed faster by engines than the same data as an object literal.
      if (id === PREFIX + FULL)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify({ entries: compiled.entries }))});`;
      const { automaton, ...names } = packBundle(compiled);
      return `export default ${JSON.stringify(id === PREFIX + NAMES ? names : automaton)};`;
    },
  };
}
