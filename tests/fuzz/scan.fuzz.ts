/**
 * Properties of `npm run scan`'s reading and matching (text/document.ts) on hostile HTML and text: random tags and
 * entities, deep nesting, huge single lines. It never throws, returns in bounded time, its runs are ordered ranges
 * of its text, and its matches are valid ranges of that text, inside one run, naming a glossary entry by its name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlText, matchDocument, plainText, scanContent } from '../../text/document';
import { Matcher, type Match } from '../../matching/matcher';
import { runPieces } from '../../text/long-runs';
import { glossary, hostileChar, htmlDoc, huge, nested, spliced, text } from './arbitraries';
import { fuzzParams, splitsPair, testTimeout, timed } from './fuzz';
import { checkMatches } from './checks';

const matcher = new Matcher(glossary.surfaces);
const forms = (m: Match) => [glossary.surfaces[m.surface].folded];

const html = fc.oneof(
  { weight: 20, arbitrary: htmlDoc },
  { weight: 1, arbitrary: nested(fc.constantFrom('div', 'p', 'li', 'table'), 20_000, spliced([], 6)) },
  { weight: 1, arbitrary: nested(fc.constantFrom('b', 'span', 'em', 'a'), 20_000, spliced([], 6)) },
  { weight: 1, arbitrary: nested(fc.constantFrom('script', 'code', 'x-y'), 5_000, spliced([], 6)) },
  { weight: 1, arbitrary: huge(htmlDoc, 100_000) },
  { weight: 1, arbitrary: fc.tuple(huge(hostileChar, 100_000)).map(([s]) => `<p>${s}</p>`) },
);

/** Runs are non-empty, ordered, apart ranges of the text. */
function checkRuns(text: string, runs: ReadonlyArray<readonly [number, number]>): void {
  let reached = 0;
  for (const [from, to] of runs) {
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= reached && from <= to && to <= text.length)) {
      throw new Error(`run [${from}, ${to}) after ${reached} in a text of ${text.length}`);
    }
    reached = to;
  }
}

/** Every match lies inside one run (a match never crosses a block boundary). */
function checkInsideRuns(matches: readonly Match[], runs: ReadonlyArray<readonly [number, number]>): void {
  let r = 0;
  for (const m of matches) {
    while (r < runs.length && runs[r][1] <= m.start) r++;
    if (r === runs.length || m.start < runs[r][0] || m.end > runs[r][1])
      throw new Error(`match [${m.start}, ${m.end}) crosses a run boundary`);
  }
}

describe('scan of HTML (property)', () => {
  it(
    'reads any HTML into ordered runs of its text, and matches inside them, in bounded time',
    () => {
      fc.assert(
        fc.property(html, (doc) => {
          const { text, runs } = timed(doc.length, () => htmlText(doc), 'htmlText');
          checkRuns(text, runs);
          const { text: same, matches } = timed(
            doc.length,
            () => matchDocument('page.html', doc, matcher),
            'matchDocument',
          );
          expect(same).toBe(text);
          checkMatches(text, matches, glossary.surfaces, forms);
          checkInsideRuns(matches, runs);
        }),
        fuzzParams(),
      );
    },
    testTimeout(30),
  );

  it(
    'gives back escaped text in a paragraph as it was',
    () => {
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      fc.assert(
        fc.property(spliced(), (s) => {
          expect(htmlText(`<p>${escape(s)}</p>`).text).toBe(s);
        }),
        fuzzParams(),
      );
    },
    testTimeout(5),
  );
});

describe('scan of plain text (property)', () => {
  it(
    'keeps the text, cuts it into ordered runs at blank lines only, and matches inside runs, in bounded time',
    () => {
      fc.assert(
        fc.property(text([], 200_000), (content) => {
          const { text, runs } = timed(content.length, () => plainText(content), 'plainText');
          expect(text).toBe(content);
          checkRuns(text, runs);
          // What lies between runs is a paragraph break: white space holding a blank line.
          for (let i = 1; i < runs.length; i++)
            expect(text.slice(runs[i - 1][1], runs[i][0])).toMatch(/^\n[ \t\r\f\v]*\n\s*$/);
          const { matches } = timed(
            content.length,
            () => matchDocument('notes.txt', content, matcher),
            'matchDocument',
          );
          checkMatches(text, matches, glossary.surfaces, forms);
          checkInsideRuns(matches, runs);
          // What the scan prints is those matches with their text and entry.
          const found = scanContent('notes.txt', content, matcher, glossary);
          expect(found).toEqual(
            matches.map((m) => {
              const e = glossary.entries[m.entry];
              return {
                start: m.start,
                end: m.end,
                text: text.slice(m.start, m.end),
                id: e.id,
                type: e.type,
                en: e.en,
                zh: e.zh,
              };
            }),
          );
        }),
        fuzzParams(),
      );
    },
    testTimeout(20),
  );
});

describe('pieces of a long run (property)', () => {
  it(
    'cover the run in order, each within the limit, cut nowhere inside a surrogate pair',
    () => {
      fc.assert(
        fc.property(text([], 20_000), fc.integer({ min: 2, max: 300 }), fc.nat(), fc.nat(), (s, max, x, y) => {
          const [from, to] = [x % (s.length + 1), y % (s.length + 1)].sort((a, b) => a - b);
          const pieces = timed(s.length, () => runPieces(s, from, to, max), 'runPieces');
          let reached = from;
          for (const [a, b] of pieces) {
            if (a !== reached || b <= a || b - a > max)
              throw new Error(`piece [${a}, ${b}) after ${reached}, max ${max}`);
            if (b < to && splitsPair(s, b, b)) throw new Error(`cut at ${b} splits a surrogate pair`);
            reached = b;
          }
          expect(reached).toBe(to);
        }),
        fuzzParams(),
      );
    },
    testTimeout(5),
  );
});
