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
import { hostileChar, hostileString, huge, nested, rawTerm, userTerms } from './arbitraries';
import { fuzzParams, testTimeout, timed } from './fuzz';

const FORMATS = ['json', 'csv', 'tbx'] as const;

// --- Inputs -----------------------------------------------------------------------------------------------------

/** A term-like object with wrong types anywhere: numbers, nulls, arrays, objects, huge strings. */
const wrongTerm = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'id',
      'type',
      'en',
      'enAlt',
      'acronyms',
      'zh',
      'zhTrad',
      'zhAlt',
      'pinyin',
      'status',
      'gloss',
      'definition',
      'notes',
      '__proto__',
      'constructor',
      'toString',
    ),
    fc.string(),
  ),
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hostileString(),
    fc.integer({ min: 1, max: 400 }).map((n) => '网'.repeat(n)),
  ),
  { maxKeys: 8 },
);

const json: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .array(fc.oneof(rawTerm, wrongTerm, fc.jsonValue({ maxDepth: 2 })), { maxLength: 10 })
    .map((a) => JSON.stringify(a)),
  fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(wrongTerm)).map((terms) => JSON.stringify({ terms })),
  fc.integer({ min: 1, max: 50_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 50_000 }).map((n) => `[${'{"en":'.repeat(n)}1${'}'.repeat(n)}]`),
  fc.tuple(fc.array(rawTerm, { maxLength: 5 }), fc.nat()).map(([a, cut]) => {
    const s = JSON.stringify(a); // truncated
    return s.slice(0, cut % (s.length + 1));
  }),
  fc.constantFrom(
    '',
    '\ufeff',
    '\ufeff[]',
    'null',
    '[null]',
    '{}',
    '{"terms":{}}',
    '[[]]',
    '["x"]',
    '{"__proto__":[]}',
    '[{"__proto__":{"en":"a"}}]',
    'NaN',
    '[1e999]',
  ),
);

const delimiter = fc.constantFrom(',', ';', '\t');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const csvCell = fc.oneof(
  { weight: 3, arbitrary: hostileString(8).map((s) => s.replace(/["\r\n,;\t]/g, '')) },
  { weight: 2, arbitrary: hostileString(8).map((s) => `"${s.replace(/"/g, '""')}"`) }, // properly quoted
  { weight: 1, arbitrary: hostileString(8).map((s) => `"${s}`) }, // unclosed quote
  { weight: 1, arbitrary: hostileString(8).map((s) => `${s}"${s}`) }, // stray quote
  { weight: 1, arbitrary: fc.constantFrom('"', '""', '"""', '"a"b', 'a""b', '"a""', "'=1+1", '=cmd', ' | ', '|||') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'en',
      'zh',
      'English',
      'Chinese',
      '中文',
      'id',
      'type',
      'status',
      'acronyms',
      'en_alt',
      'zh-alt',
      'Pinyin',
      'notes',
      'EN',
    ),
  },
);
const csv: fc.Arbitrary<string> = fc
  .tuple(delimiter, lineEnd, fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 12 }), fc.boolean())
  .map(([d, nl, rows, bom]) => (bom ? '\ufeff' : '') + rows.map((r) => r.join(d)).join(nl));

const ENTITY_BOMBS = [
  // Billion laughs: ten levels of ten references each.
  `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<tbx><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>&lol9;</term></termSec></langSec></conceptEntry></body></text></tbx>`,
  // External entity (XXE) and a parameter entity.
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tbx><conceptEntry><langSec xml:lang="en"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></tbx>',
  '<!DOCTYPE x [<!ENTITY % p "<!ENTITY q \'x\'>"> %p;]><tbx/>',
  '<!doctype x [<!entity a "b">]><tbx>&a;</tbx>',
];
const bomb = fc
  .tuple(fc.constantFrom(...ENTITY_BOMBS), fc.integer({ min: 0, max: 2 }))
  .map(([b, k]) => (k ? b.replace('lol9', `lol${k}`) : b));

const xmlToken = fc.oneof(
  { weight: 3, arbitrary: hostileString(6) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '<tbx>',
      '</tbx>',
      '<martif>',
      '</martif>',
      '<body>',
      '</body>',
      '<conceptEntry id="cpl-user-a">',
      '<termEntry id="1">',
      '</conceptEntry>',
      '</termEntry>',
      '<langSec xml:lang="en">',
      '<langSec xml:lang="zh-Hans">',
      '<langSet lang="zh-TW">',
      '<langSec xml:lang="zh-Latn-pinyin">',
      '<langSec xml:lang="fr">',
      '</langSec>',
      '</langSet>',
      '<termSec>',
      '</termSec>',
      '<tig>',
      '</tig>',
      '<term>',
      '</term>',
      '<termNote type="termType">acronym</termNote>',
      '<note>',
      '</note>',
      'Gloss: ',
      'Status: ',
      'Notes: ',
      '<descrip type="definition">',
      '<descrip type="subjectField">',
      '</descrip>',
      '<br/>',
      '<x:y a="1" b=\'2\'/>',
      '<a b="&amp;&#x41;&#65;&lt;">',
      '</a>',
      '<![CDATA[ ]]> ]]>',
      '<!-- x -->',
      '<?xml version="1.0"?>',
      '<!DOCTYPE tbx>',
      '&amp;',
      '&bogus;',
      '&#xd800;',
      '&#0;',
      '&#1114112;',
      '&',
      '<',
      '>',
      '</',
      '<a',
      'a="',
      '/>',
    ),
  },
);
const xml: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(xmlToken, { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: bomb },
  {
    weight: 1,
    arbitrary: nested(
      fc.constantFrom('tbx', 'a', 'conceptEntry', 'x:y'),
      20_000,
      fc.array(xmlToken, { maxLength: 5 }).map((a) => a.join('')),
    ),
  },
  // Nesting at and around the depth limit, closed properly, with entries inside.
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: USER_IMPORT_XML_MAX_DEPTH - 3, max: USER_IMPORT_XML_MAX_DEPTH + 1 })
      .map((n) => `${'<a>'.repeat(n - 1)}<conceptEntry/>${'</a>'.repeat(n - 1)}`),
  },
);

/** A valid export with edits at random places: inserted hostile text, deletions. */
const mutatedExport: fc.Arbitrary<[string, string]> = fc
  .tuple(
    fc.constantFrom(...FORMATS),
    userTerms(4),
    fc.array(fc.tuple(fc.nat(), fc.oneof(hostileString(4), xmlToken, csvCell), fc.nat({ max: 6 })), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([format, terms, edits]) => {
    let s = exportUserTerms(terms, format);
    for (const [at, insert, remove] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + insert + s.slice(i + remove);
    }
    return [s, `terms.${format}`];
  });

const fileName = fc.constantFrom(
  '',
  'terms.json',
  'terms.csv',
  'terms.tsv',
  'terms.txt',
  'terms.tbx',
  'terms.xml',
  'TERMS.JSON',
  'terms',
  'terms.doc',
);

/** Any file an import might be given, with a name. */
const importFile: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(json, fc.constantFrom('terms.json', '')) },
  { weight: 3, arbitrary: fc.tuple(csv, fc.constantFrom('terms.csv', 'terms.tsv', '')) },
  { weight: 3, arbitrary: fc.tuple(xml, fc.constantFrom('terms.tbx', 'terms.xml', '')) },
  { weight: 3, arbitrary: mutatedExport },
  { weight: 2, arbitrary: fc.tuple(hostileString(60), fileName) },
  { weight: 1, arbitrary: fc.tuple(huge(fc.oneof(hostileChar, csvCell, xmlToken), 200_000), fileName) },
);

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
