/**
 * The trap list (tests/fixtures/traps.json): names that mean something else in the text around them (a foreign
 * body, a product, a marketing acronym, an ordinary phrase) must not be marked; the controls, the same names where
 * they are China's, must be, so that the list cannot pass by marking nothing. Each text is scanned as a whole
 * document, as `npm run scan` scans a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../matching/matcher';
import { scanContent } from '../../text/document';

interface Trap {
  text: string;
  name: string;
  why: string;
}
interface Control {
  text: string;
  name: string;
  id: string;
}

const list = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'traps.json'), 'utf8')) as {
  traps: Trap[];
  controls: Control[];
};
const glossary = compileGlossary(loadGlossary().entries);
const matcher = new Matcher(glossary.surfaces);
const scan = (text: string) => scanContent('trap.txt', text, matcher, glossary);

/** Marks that overlap an occurrence of `name` in `text`. */
function marksOn(text: string, name: string) {
  const at = text.indexOf(name);
  if (at < 0) throw new Error(`"${name}" is not in "${text}"`);
  return scan(text).filter((m) => m.start < at + name.length && at < m.end);
}

describe('the trap list', () => {
  it('has at least 60 traps and a control for the names most at risk', () => {
    expect(list.traps.length).toBeGreaterThanOrEqual(60);
    expect(list.controls.length).toBeGreaterThanOrEqual(10);
  });

  it.each(list.traps.map((t) => [t.name, t.why, t.text] as const))('leaves %s alone (%s): %s', (name, _why, text) => {
    expect(marksOn(text, name).map((m) => `${m.text} -> ${m.id}`)).toEqual([]);
  });

  it.each(list.controls.map((c) => [c.name, c.id, c.text] as const))('marks %s as %s: %s', (name, id, text) => {
    expect(marksOn(text, name).map((m) => m.id)).toContain(id);
  });
});
