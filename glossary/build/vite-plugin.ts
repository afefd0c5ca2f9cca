/**
 * The glossary at build time: the virtual module `virtual:cpl-glossary` (the full entries, for the popup, options
 * and background) and the content engine's bundle file (`glossary.bin`, matching/bundle.ts), both compiled from
 * the data files. A malformed data file makes the build fail with the file, entry id and field (GlossaryError's
 * message).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILE, packBundle } from '../../matching/bundle';
import type { CompiledGlossary } from '../../matching/model';
import { compileGlossary } from './compile';
import { DATA_DIR, danglingRelations, loadGlossary } from '../load';
import { GlossaryError } from '../schema';

const FULL = 'virtual:cpl-glossary';
const PREFIX = '\0';

/** The glossary compiled from the data files, after checking that every relation points at an entry. */
function compiledGlossary(): CompiledGlossary {
  const { entries } = loadGlossary();
  const dangling = danglingRelations(entries);
  if (dangling.length) throw new GlossaryError(`glossary relations point nowhere:\n${dangling.join('\n')}`);
  return compileGlossary(entries);
}

/**
 * Writes the bundle file into `dir` (WXT's build:publicAssets hook copies it into the extension) and returns what
 * that hook takes: WXT's generated public files are text, and this one is binary.
 */
export function writeBundleFile(dir: string): { absoluteSrc: string; relativeDest: string } {
  mkdirSync(dir, { recursive: true });
  const absoluteSrc = join(dir, BUNDLE_FILE);
  writeFileSync(absoluteSrc, packBundle(compiledGlossary()));
  return { absoluteSrc, relativeDest: BUNDLE_FILE };
}

/**
 * Typed by shape rather than with vite's `Plugin`: WXT builds with its own vite (7) while vitest brings another (8),
 * and a plain object of these hooks fits both.
 */
export function glossaryPlugin() {
  return {
    name: 'cpl-glossary',
    resolveId(id: string) {
      return id === FULL ? PREFIX + id : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== PREFIX + FULL) return undefined;
      for (const f of readdirSync(DATA_DIR)) if (f.endsWith('.json')) this.addWatchFile(join(DATA_DIR, f));
      // JSON.parse of a string literal is parsed faster by engines than the same data as an object literal.
      const { entries } = compiledGlossary();
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ entries }))});`;
    },
  };
}
