import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { bundleSections, packBundle, runtimeGlossary, unpackBundle } from '../../matching/bundle';
import { Sections, SectionsError, writeSections } from '../../matching/sections';
import { Matcher } from '../../matching/matcher';
import { allEntries } from '../../matching/entries';
import { EVAL_DIR } from '../../eval/authored';
import { parseAnnotated } from '../../eval/annotated';

describe('the content script bundle', () => {
  const full = compileGlossary(loadGlossary().entries);
  const runtime = runtimeGlossary(full);
  // From the file's bytes, as a frame fetches them.
  const file = packBundle(full).buffer;
  const unpacked = unpackBundle(file);
  const packed = new Matcher(unpacked.surfaces, unpacked.automaton);
  const built = new Matcher(full.surfaces);

  it('matches exactly as the automaton built from the full glossary, on every authored eval text', () => {
    for (const file of readdirSync(EVAL_DIR).filter((f) => f.endsWith('.txt'))) {
      const { text } = parseAnnotated(readFileSync(join(EVAL_DIR, file), 'utf8'));
      const a = packed.match(text);
      expect(a.length, file).toBeGreaterThan(5);
      expect(a, file).toEqual(built.match(text));
    }
  });

  it('knows each entry’s type and status without parsing the entries, which wait for their first use', () => {
    const broken = writeSections({ ...bundleSections(full), entries: 'not JSON' });
    const lazy = unpackBundle(broken.buffer);
    expect(full.entries.every((e, i) => lazy.kinds.type(i) === e.type && lazy.kinds.status(i) === e.status)).toBe(true);
    expect(() => lazy.entries.get(0)).toThrow(SyntaxError);
    expect(unpacked.entries.get(0)).toBe(unpacked.entries.get(0));
  });

  it('reads each entry alone, by index or id, as the compiled glossary has it', () => {
    const last = runtime.entries.length - 1;
    expect(unpacked.entries.length).toBe(runtime.entries.length);
    expect(unpacked.entries.get(last)).toEqual(runtime.entries[last]);
    expect(unpacked.entries.get(7)).toEqual(runtime.entries[7]);
    expect(unpacked.entries.indexOf(runtime.entries[last].id)).toBe(last);
    expect(unpacked.entries.indexOf('no-such-entry')).toBe(-1);
    expect(() => unpacked.entries.get(last + 1)).toThrow(RangeError);
    expect(allEntries(unpacked.entries)).toEqual(runtime.entries);
  });

  it('carries only the card fields of each entry', () => {
    expect(Object.keys(runtime.entries[0]).every((k) => !['definition', 'sources', 'notes', 'enAlt'].includes(k))).toBe(
      true,
    );
    expect(runtime.entries.map((e) => e.id)).toEqual(full.entries.map((e) => e.id));
  });

  it('is one file of sections read in place, whose texts and arrays read back as written', () => {
    const sections = new Sections(file);
    expect(JSON.parse(sections.text('entryIds'))).toEqual(runtime.entries.map((e) => e.id));
    expect(sections.u32('fail')).toEqual(runtime.automaton.fail);
    expect(sections.u32('childStart')).toEqual(runtime.automaton.childStart);
    // Views over the file's bytes, not copies.
    expect(sections.u16('units').buffer).toBe(file);
    // Characters outside the basic plane (surrogate pairs) and the JSON-sensitive U+2028 survive.
    const odd = new Sections(writeSections({ s: '\u{20bb7}\u2028中', n: Uint32Array.of(1, 2 ** 31) }).buffer);
    expect(odd.text('s')).toBe('\u{20bb7}\u2028中');
    expect([...odd.integers('n')]).toEqual([1, 2 ** 31]);
  }, 30_000);

  it('makes each surface’s record on first use, the same as the compiled surface, entries not marked left out', () => {
    const table = unpackBundle(file).surfaces;
    expect(table.length).toBe(full.surfaces.length);
    for (let i = 0; i < full.surfaces.length; i += 7) {
      const { kind, entries, ambiguous, edges, title, exact } = full.surfaces[i];
      const made = table.get(i);
      expect(made, full.surfaces[i].folded).toMatchObject({ kind, entries, ambiguous, edges, title });
      if (made.exact) expect(made.exact).toBe(exact);
      expect(table.ambiguous(i)).toBe(ambiguous);
      expect(table.firstEntry(i)).toBe(entries[0] ?? -1);
    }
    // Surfaces of one record share its object.
    const cac = full.surfaces.findIndex((x) => x.folded === 'cac');
    expect(table.get(cac)).toBe(table.get(cac));
    const laws = unpackBundle(file, (e) => e.type === 'law').surfaces;
    expect(laws.get(cac).entries).toEqual([]);
    expect(laws.firstEntry(cac)).toBe(-1);
  });

  it('says what is wrong with a file that is not the glossary, or lacks a section', () => {
    expect(() => new Sections(new TextEncoder().encode('<html>').buffer)).toThrow(SectionsError);
    expect(() => new Sections(new ArrayBuffer(0))).toThrow(/not in the expected format/);
    expect(() => new Sections(file).u32('units')).toThrow(/no u32 section "units"/);
    expect(() => new Sections(file).text('missing')).toThrow(/no text section "missing"/);
  });
});
