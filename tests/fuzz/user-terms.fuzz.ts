/**
 * Properties of the import and export of the user's terms (user-terms/): the parsers return a result object for
 * any input (never throw) in bounded time; a file declaring XML entities is refused; what an import keeps is valid and
 * canonical; and export then import gives back every valid term unchanged, in JSON, CSV and TBX.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_IMPORT_XML_MAX_DEPTH } from '../../platform/constants';
import { readCsv } from '../../formats/csv';
import { exportUserTerms } from '../../user-terms/export';
import { previewImport } from '../../user-terms/import';
import { parseTermsFile } from '../../user-terms/parse';
import { REASON_KEYS, type Reason } from '../../platform/reasons';
import { validateUserTerm } from '../../user-terms/schema';
import { parseTbxTerms } from '../../user-terms/tbx';
import { readXml, type XmlElement } from '../../formats/xml';
import { hostileString, huge, userTerms } from './arbitraries';
import { fuzzParams, testTimeout, timed } from './fuzz';
import { FORMATS, csv, csvCell, delimiter, importFile, lineEnd, mutatedExport, xml, xmlToken } from './import-files';

// --- Checks -----------------------------------------------------------------------------------------------------

function checkReason(r: Reason): void {
  expect(REASON_KEYS).toContain(r.key);
  for (const s of r.subs) if (typeof s !== 'string') checkReason(s);
}

function depth(el: XmlElement): number {
  let max = 0;
  const stack: Array<[XmlElement, number]> = [[el, 1]];
  while (stack.length) {
    const [e, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of e.children) if (typeof c !== 'string') stack.push([c, d + 1]);
  }
  return max;
}

// --- Properties -------------------------------------------------------------------------------------------------

describe('import parsers (property)', () => {
  it(
    'parseTermsFile returns rows or a reason for any file, never throwing, in bounded time',
    () => {
      fc.assert(
        fc.property(importFile, ([text, name]) => {
          const parsed = timed(text.length, () => parseTermsFile(text, name), 'parseTermsFile');
          if (!parsed.ok) return checkReason(parsed.error);
          expect(FORMATS).toContain(parsed.format);
          expect(['row', 'entry']).toContain(parsed.unit);
          let last = 0;
          for (const r of parsed.rows) {
            expect(Number.isInteger(r.row) && r.row > last).toBe(true);
            last = r.row;
          }
          for (const i of parsed.ignored) expect(typeof i).toBe('string');
        }),
        fuzzParams(),
      );
    },
    testTimeout(20),
  );

  it(
    'previewImport keeps only valid, canonical terms with distinct ids, and gives a reason for each refusal',
    () => {
      fc.assert(
        fc.property(importFile, userTerms(3), ([text, name], existing) => {
          const preview = timed(text.length, () => previewImport(text, name, existing), 'previewImport');
          if (!preview.ok) return checkReason(preview.error);
          const kept = [...preview.added, ...preview.replaced.map((r) => r.after)];
          for (const term of kept) {
            // Validating what was kept again changes nothing: it is what the store would hold.
            expect(validateUserTerm(term)).toEqual({ ok: true, term });
          }
          expect(new Set(kept.map((t) => t.id)).size).toBe(kept.length);
          for (const r of preview.refused) {
            expect(['importRow', 'importEntry']).toContain(r.reason.key);
            checkReason(r.reason);
          }
        }),
        fuzzParams(),
      );
    },
    testTimeout(20),
  );

  it(
    'readCsv reads back any records written with quotes, and reads or refuses any text',
    () => {
      const field = fc.oneof(hostileString(10), fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', ''));
      const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
      fc.assert(
        fc.property(
          fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
          delimiter,
          lineEnd,
          fc.boolean(),
          (records, d, nl, trailing) => {
            const text = records.map((r) => r.map(quote).join(d)).join(nl) + (trailing && records.length ? nl : '');
            expect(readCsv(text, d)).toEqual({ ok: true, records });
          },
        ),
        fuzzParams(),
      );
      fc.assert(
        fc.property(fc.oneof(csv, hostileString(40), huge(csvCell, 100_000)), delimiter, (text, d) => {
          const read = timed(text.length, () => readCsv(text, d), 'readCsv');
          if (!read.ok) return checkReason(read.error);
          for (const r of read.records) for (const f of r) expect(typeof f).toBe('string');
        }),
        fuzzParams(),
      );
    },
    testTimeout(10),
  );

  it(
    'readXml refuses entity declarations and nesting past the limit, and reads or refuses anything else, in bounded time',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            xml,
            mutatedExport.map(([s]) => s),
            huge(xmlToken, 100_000),
          ),
          (text) => {
            const read = timed(text.length, () => readXml(text), 'readXml');
            if (/<!ENTITY/i.test(text)) expect(read).toMatchObject({ ok: false, error: { key: 'importXmlEntity' } });
            if (!read.ok) return checkReason(read.error);
            expect(depth(read.root)).toBeLessThanOrEqual(USER_IMPORT_XML_MAX_DEPTH);
            const tbx = parseTbxTerms(text);
            if (!tbx.ok) checkReason(tbx.error);
          },
        ),
        fuzzParams(),
      );
    },
    testTimeout(10),
  );
});

describe('export and import of the user’s terms (property)', () => {
  for (const format of FORMATS) {
    it(
      `gives back every valid term unchanged through ${format.toUpperCase()}`,
      () => {
        fc.assert(
          fc.property(userTerms(8), (terms) => {
            const file = exportUserTerms(terms, format);
            if (format === 'tbx' && !terms.length) {
              // A TBX file with no entries is refused as not a termbase; the options page offers no export of an empty list.
              expect(previewImport(file, 'my-terms.tbx', [])).toMatchObject({
                ok: false,
                error: { key: 'importTbxNoEntries' },
              });
              return;
            }
            const preview = timed(file.length, () => previewImport(file, `my-terms.${format}`, []), 'previewImport');
            expect(preview).toMatchObject({ ok: true, format, refused: [], replaced: [], unchanged: 0 });
            expect(preview.ok && preview.added).toEqual(terms);
            // Imported again over the same terms, nothing changes.
            expect(previewImport(file, `my-terms.${format}`, terms)).toMatchObject({
              ok: true,
              added: [],
              replaced: [],
              refused: [],
              unchanged: terms.length,
            });
          }),
          fuzzParams(),
        );
      },
      testTimeout(10),
    );
  }
});
