import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../matching/matcher';
import { SEEDS_DIR, SEED_TERMS_FILE, seedListMisses, type SeedTerms } from '../../cli/glossary-report';

// The seed texts live beside the repository (../shared/seeds), where CI puts them too.
describe('seed-text coverage', () => {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const seedTerms = JSON.parse(readFileSync(SEED_TERMS_FILE, 'utf8')) as SeedTerms;

  it('has the seed texts to check against', () => {
    expect(existsSync(SEEDS_DIR), `${SEEDS_DIR} is missing`).toBe(true);
    expect(Object.keys(seedTerms)).toHaveLength(5);
  });

  it('finds every term of our seed-term list in its text, as the right entry', () => {
    const misses = seedListMisses(seedTerms, (f) => readFileSync(join(SEEDS_DIR, f), 'utf8'), matcher, glossary.entries.map((e) => e.id));
    expect(misses).toEqual([]);
  });

  it('lists only ids that exist', () => {
    const ids = new Set(glossary.entries.map((e) => e.id));
    const unknown = Object.values(seedTerms).flat().filter(([, id]) => !ids.has(id));
    expect(unknown).toEqual([]);
  });
});
