import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_TYPES } from '../../glossary/schema';
import { COLOUR_NAMES, highlightCss, highlightName } from '../../platform/highlight-styles';

describe('highlight styles', () => {
  it('highlights.css is what platform/highlight-styles.ts generates (run `npm run highlight-css` after editing it)', () => {
    expect(readFileSync(new URL('../../entrypoints/content/highlights.css', import.meta.url), 'utf8')).toBe(
      highlightCss(),
    );
  });

  it('has a rule for every name a type, style and colour can give', () => {
    const css = highlightCss();
    for (const type of ENTRY_TYPES) {
      for (const colour of COLOUR_NAMES) {
        for (const style of ['underline', 'background'] as const)
          expect(css).toContain(`::highlight(${highlightName(type, style, colour)})`);
        expect(highlightName(type, 'none', colour)).toBeUndefined();
      }
    }
    expect(highlightName('agency', 'underline', 'blue')).toBe('cpl-agency');
  });
});
