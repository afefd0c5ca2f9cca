import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load';
import { loadKeys, loadSources, readAnnotation } from '../../eval/real-set';
import { keyUses } from '../../eval/real-keys';

// keys.json maps the real set's keys to entries by hand; these keep it complete and true as annotations and the
// glossary change.
const FIX = 'run `npm run real -- keys` and map what it lists (`npm run real -- keys set KEY ID|null`)';
const keys = loadKeys();
const ids = new Set(loadGlossary().entries.map((e) => e.id));

describe('real-set keys (tests/fixtures/real/keys.json)', () => {
  it('maps only to entries the glossary has', () => {
    const missing = Object.entries(keys).filter(([, id]) => id !== null && !ids.has(id));
    expect(
      missing.map(([key, id]) => `${key} → ${id}`),
      `ids not in the glossary: ${FIX}`,
    ).toEqual([]);
  });

  it('lists every key the annotations use', () => {
    const uses = keyUses(loadSources(), readAnnotation);
    const unmapped = [...uses.keys()].filter((key) => !(key in keys));
    expect(unmapped, `annotation keys not in keys.json: ${FIX}`).toEqual([]);
  });
});
