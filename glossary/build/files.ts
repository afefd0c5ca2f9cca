/**
 * The glossary at build time: two files in the extension, both compiled from the data files. The full entries, for
 * the popup and the background (`glossary-entries.json`, glossary/bundled.ts), and the content engine's bundle
 * (`glossary.bin`, matching/bundle.ts). The entries were a module of the popup's, whose script passed the 5 MB that
 * Mozilla's add-on linter parses at 3,486 entries. A malformed data file makes the build fail with the file, entry id
 * and field (GlossaryError's message).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILE, ENTRIES_FILE, packBundle } from '../../matching/bundle';
import type { CompiledGlossary } from '../../matching/model';
import { compileGlossary } from './compile';
import { danglingRelations, loadGlossary } from '../load';
import { GlossaryError } from '../schema';

/** The glossary compiled from the data files, after checking that every relation points at an entry. */
function compiledGlossary(): CompiledGlossary {
  const { entries } = loadGlossary();
  const dangling = danglingRelations(entries);
  if (dangling.length) throw new GlossaryError(`glossary relations point nowhere:\n${dangling.join('\n')}`);
  return compileGlossary(entries);
}

/**
 * The most characters of entries JSON in one file: Mozilla's add-on linter does not parse a file over 5 MB, and a
 * Chinese character is 3 bytes of UTF-8, so 3 MB of mixed text stays well under it.
 */
const ENTRIES_PART_MAX_CHARS = 1_500_000;

/**
 * Writes the bundle file and the entries into `dir` (WXT's build:publicAssets hook copies them into the extension) and
 * returns what that hook takes: WXT's generated public files are text, and the bundle is binary. The entries are an
 * index (ENTRIES_FILE: the parts' names) and parts of at most ENTRIES_PART_MAX_CHARS each, in order.
 */
export function writeGlossaryFiles(dir: string): Array<{ absoluteSrc: string; relativeDest: string }> {
  mkdirSync(dir, { recursive: true });
  const glossary = compiledGlossary();
  const files: Array<{ absoluteSrc: string; relativeDest: string }> = [];
  const write = (name: string, data: string | Uint8Array) => {
    const absoluteSrc = join(dir, name);
    writeFileSync(absoluteSrc, data);
    files.push({ absoluteSrc, relativeDest: name });
  };
  write(BUNDLE_FILE, packBundle(glossary));
  const parts: string[][] = [[]];
  let size = 0;
  for (const entry of glossary.entries) {
    const json = JSON.stringify(entry);
    if (size + json.length > ENTRIES_PART_MAX_CHARS && parts[parts.length - 1].length) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(json);
    size += json.length + 1;
  }
  const names = parts.map((_, i) => ENTRIES_FILE.replace(/\.json$/, `-${i}.json`));
  parts.forEach((part, i) => write(names[i], `[${part.join(',')}]`));
  write(ENTRIES_FILE, JSON.stringify({ parts: names }));
  return files;
}
