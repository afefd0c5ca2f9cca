/**
 * The PDF reader of `npm run scan` (text/pdf.ts) on damaged input: a PDF cut short anywhere, with bytes flipped or
 * overwritten anywhere, never hangs and always ends in text or in one of its clear messages. The PDFs are the test
 * PDFs that Chromium printed (when tests/pdf/make-pdfs.ts has run) and PDFs written by hand, encrypted or not.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PdfError, pdfText } from '../../text/pdf';
import { joinItems, separators, type PdfItem } from '../../text/pdf-layout';
import { minimalPdf } from '../pdf/minimal-pdf';
import { testPdf } from '../pdf/make-pdfs';
import { FUZZ_RUNS, fuzzParams, testTimeout } from './fuzz';

const printed = ['en', 'zh-hans', 'table'].map(testPdf).filter((path) => existsSync(path));
const sources: Uint8Array[] = [
  minimalPdf(['The Cybersecurity Law', 'and the Cyberspace Administration of China']),
  minimalPdf(['The Cybersecurity Law'], 'secret'),
  ...printed.map((path) => new Uint8Array(readFileSync(path))),
];

/** A source PDF cut at some byte, and some of its bytes flipped or set to a PDF delimiter. */
const damaged = fc
  .record({
    source: fc.nat(sources.length - 1),
    cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    flips: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        to: fc.constantFrom(0, 0x0a, 0x28, 0x3c, 0x5b, 0xff),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ source, cut, flips }) => {
    const whole = sources[source];
    const bytes = whole.slice(0, cut === undefined ? whole.length : Math.floor(cut * whole.length));
    for (const { at, to } of flips) if (bytes.length) bytes[Math.floor(at * (bytes.length - 1))] = to;
    return bytes;
  });

/** The bound on one damaged PDF: reading one whole takes tens of milliseconds. */
const READ_BOUND_MS = 10_000;

describe('PDF reading (property)', () => {
  it(
    'ends every damaged PDF in text or a clear message, in bounded time',
    async () => {
      await fc.assert(
        fc.asyncProperty(damaged, async (bytes) => {
          const t0 = performance.now();
          try {
            const { pages } = await pdfText(bytes, { timeoutMs: READ_BOUND_MS });
            expect(pages.some((p) => p.trim())).toBe(true);
          } catch (error) {
            if (!(error instanceof PdfError)) throw error;
            expect(error.message.length).toBeGreaterThan(10);
          }
          expect(performance.now() - t0).toBeLessThan(READ_BOUND_MS + 2000);
        }),
        { ...fuzzParams(), numRuns: Math.min(FUZZ_RUNS, 2000) },
      );
    },
    testTimeout(150),
  );

  it(
    'joins any items into text holding every item, in order',
    () => {
      const num = fc.double({ min: -2000, max: 2000, noNaN: true });
      const items = fc.array(
        fc.record({
          str: fc.string({ unit: fc.constantFrom('a', ' ', '网', '信', '\n', '1', '。') }),
          transform: fc.tuple(num, num, num, num, num, num).map((t) => [...t]),
          width: num,
          height: num,
        }),
        { maxLength: 60 },
      );
      fc.assert(
        fc.property(items, (list: PdfItem[]) => {
          expect(separators(list)).toHaveLength(list.length);
          const text = joinItems(list);
          let at = 0;
          for (const { str } of list) {
            if (!str.trim()) continue;
            at = text.indexOf(str, at);
            expect(at).toBeGreaterThanOrEqual(0);
            at += str.length;
          }
        }),
        fuzzParams(),
      );
    },
    testTimeout(5),
  );
});
