import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { glossaryPlugin } from '../../glossary/build/vite-plugin';
import { loadGlossary } from '../../glossary/load';
import { asciiJson, packBundle, runtimeGlossary, unpackBundle, type PackedBundle } from '../../matching/bundle';
import { Matcher } from '../../matching/matcher';
import { EVAL_DIR } from '../../eval/authored';
import { parseAnnotated } from '../../eval/annotated';

describe('the content script bundle', () => {
  const full = compileGlossary(loadGlossary().entries);
  const runtime = runtimeGlossary(full);
  // Through JSON, as the build embeds it.
  const unpacked = unpackBundle(JSON.parse(JSON.stringify(packBundle(full))) as PackedBundle);
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
    const bundle = { ...packBundle(full), entries: 'not JSON' };
    const lazy = unpackBundle(bundle);
    expect(full.entries.every((e, i) => lazy.kinds.type(i) === e.type && lazy.kinds.status(i) === e.status)).toBe(true);
    expect(() => lazy.entries()).toThrow(SyntaxError);
    expect(unpacked.entries()[0]).toBe(unpacked.entries()[0]);
  });

  it('carries only the card fields of each entry', () => {
    expect(Object.keys(runtime.entries[0]).every((k) => !['definition', 'sources', 'notes', 'enAlt'].includes(k))).toBe(
      true,
    );
    expect(runtime.entries.map((e) => e.id)).toEqual(full.entries.map((e) => e.id));
  });

  it('is embedded as ASCII-only JSON that parses back to the same data (one byte per character in V8)', () => {
    const plugin = glossaryPlugin();
    const part = (name: string) => {
      const module = plugin.load.call({ addWatchFile() {} }, `\0virtual:cpl-glossary/runtime-${name}`)!;
      expect(module).toMatch(/^[\0-\x7f]*$/);
      // Each part is its own script, under the 5 MB that Mozilla's add-on linter parses.
      expect(module.length).toBeLessThan(4.5e6);
      return JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as object;
    };
    const bundle = { ...part('names'), automaton: part('automaton') } as PackedBundle;
    expect(bundle.entries).toMatch(/^[\0-\x7f]*$/);
    expect(bundle.records).toMatch(/^[\0-\x7f]*$/);
    const runtime = runtimeGlossary(full);
    const json = JSON.stringify(runtime.entries);
    expect(json).toMatch(/[\u4e00-\u9fff]/); // the Chinese names are in it, escaped
    expect(JSON.parse(bundle.entries)).toEqual(JSON.parse(json));
    expect(JSON.parse(bundle.records)).toEqual(runtime.records);
    expect(bundle.automaton).toEqual(runtime.automaton);
    // Characters outside the basic plane (surrogate pairs) and the JSON-sensitive U+2028 survive too.
    const odd = JSON.stringify({ s: '\u{20bb7}\u2028中' });
    expect(JSON.parse(asciiJson(odd))).toEqual({ s: '\u{20bb7}\u2028中' });
  });
});
