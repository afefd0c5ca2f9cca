/**
 * Properties of the matcher (matching/matcher.ts) over the real compiled glossary, alone and as a union with a
 * user's glossary: on any text it returns in bounded time, and every match is a valid, sorted, non-overlapping range
 * that does not split a surrogate pair and whose text folds to the surface it names (or that surface's plural).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, type Match } from '../../matching/matcher';
import { MatcherUnion } from '../../matching/union';
import { foldString } from '../../matching/normalize';
import { userGlossary } from '../../user-terms/compile';
import { surfacesOf } from '../../matching/surfaces';
import { glossary, namesOf, text, userTerms } from './arbitraries';
import { checkMatches } from './checks';
import { fuzzParams, testTimeout, timed } from './fuzz';

const bundled = new Matcher(glossary.surfaces);

const bundledForms = (m: Match) => [glossary.surfaces[m.surface].folded];

describe('matcher over the bundled glossary (property)', () => {
  it(
    'returns valid, sorted, non-overlapping matches that fold to their surface, in bounded time',
    () => {
      let matched = 0;
      fc.assert(
        fc.property(text(), (s) => {
          const ms = timed(s.length, () => bundled.match(s), 'Matcher.match');
          checkMatches(s, ms, glossary.surfaces, bundledForms);
          matched += ms.length;
        }),
        fuzzParams(),
      );
      // The generators splice names in: a run that finds nothing is testing nothing.
      expect(matched).toBeGreaterThan(0);
    },
    testTimeout(20),
  );

  it(
    'matches two texts joined by a character no name contains as it matches each alone, but for context',
    () => {
      // Ranges are local: nothing carries across a character that no surface contains and that is not part of a word
      // (U+0001). Context is not: a cue or preference anywhere in the text picks an ambiguous name's entry ("Macao"
      // before "Interpretation of the Basic Law") or drops it, so the whole may differ from its parts only that way.
      fc.assert(
        fc.property(text([], 20_000), text([], 20_000), (a, b) => {
          const shifted = bundled
            .match(b)
            .map((m) => ({ ...m, start: m.start + a.length + 1, end: m.end + a.length + 1 }));
          const parts = [...bundled.match(a), ...shifted];
          const whole = bundled.match(`${a}\u0001${b}`);
          const key = (m: Match) => `${m.start}:${m.end}:${m.surface}`;
          const partKeys = new Set(parts.map(key));
          const wholeKeys = new Set(whole.map(key));
          for (const m of whole) {
            expect(partKeys.has(key(m)), `whole-only match ${key(m)}`).toBe(true);
            expect(glossary.surfaces[m.surface].entries).toContain(m.entry);
          }
          for (const m of parts) {
            if (wholeKeys.has(key(m))) continue;
            // Only a cue in the other part drops a match, and only an ambiguous name's.
            expect(glossary.surfaces[m.surface].ambiguous, `dropped unambiguous match ${key(m)}`).toBe(true);
          }
          const changed = whole.filter((m) => m.entry !== parts.find((p) => key(p) === key(m))?.entry);
          for (const m of changed) expect(glossary.surfaces[m.surface].entries.length).toBeGreaterThan(1);
        }),
        fuzzParams(),
      );
    },
    testTimeout(20),
  );
});

describe('matcher union with a user glossary (property)', () => {
  it(
    'returns valid matches of either glossary, user names included, in bounded time',
    () => {
      let userMatched = 0;
      fc.assert(
        fc.property(
          userTerms(6).chain((terms) => fc.tuple(fc.constant(terms), text(terms.flatMap(namesOf)))),
          ([terms, s]) => {
            const offset = glossary.entries.length;
            const user = userGlossary(terms, offset);
            const union = new MatcherUnion(bundled, new Matcher(user.surfaces, user.automaton));
            const userForms = terms.map((t) => surfacesOf(t).map((x) => foldString(x.text)));
            const forms = (m: Match) =>
              m.surface < glossary.surfaces.length ? bundledForms(m) : userForms[m.entry - offset];
            const ms = timed(s.length, () => union.match(s), 'MatcherUnion.match');
            checkMatches(s, ms, union.surfaces, forms);
            userMatched += ms.filter((m) => m.surface >= glossary.surfaces.length).length;
          },
        ),
        fuzzParams(),
      );
      expect(userMatched).toBeGreaterThan(0);
    },
    testTimeout(30),
  );
});
