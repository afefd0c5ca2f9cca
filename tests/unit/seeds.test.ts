import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../matching/matcher';
import { SEED_TERMS_FILE, seedListMisses, seedSentence, type SeedTerms } from '../../eval/seed-terms';

// The seed texts are not the repository's to hold: each pair of our list is checked in a sentence of our own.
describe('the seed-term list', () => {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const seedTerms = JSON.parse(readFileSync(SEED_TERMS_FILE, 'utf8')) as SeedTerms;
  const ids = glossary.entries.map((e) => e.id);

  it('covers the five seed texts', () => {
    expect(Object.keys(seedTerms)).toHaveLength(5);
    expect(Object.values(seedTerms).flat().length).toBeGreaterThan(400);
  });

  it('finds every term of the list as the right entry', () => {
    expect(seedListMisses(seedTerms, (_file, surface, within) => seedSentence(surface, within), matcher, ids)).toEqual(
      [],
    );
  });

  it('reports a pair whose entry is not the one matched', () => {
    const wrong: SeedTerms = { 'x.txt': [['Cyberspace Administration of China', 'miit']] };
    expect(seedListMisses(wrong, (_file, surface, within) => seedSentence(surface, within), matcher, ids)).toHaveLength(
      1,
    );
  });

  it('lists only ids that exist', () => {
    const known = new Set(ids);
    expect(
      Object.values(seedTerms)
        .flat()
        .filter(([, id]) => !known.has(id)),
    ).toEqual([]);
  });
});
