/**
 * Generated import files for the user-terms properties (user-terms.fuzz.ts): JSON, CSV and TBX that are well formed,
 * broken, hostile (entity bombs, deep nesting, huge fields) or a real export mutated.
 */
import fc from 'fast-check';
import { USER_IMPORT_XML_MAX_DEPTH } from '../../platform/constants';
import { exportUserTerms } from '../../user-terms/export';
import { hostileChar, hostileString, huge, nested, rawTerm, userTerms } from './arbitraries';

export const FORMATS = ['json', 'csv', 'tbx'] as const;

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

export const delimiter = fc.constantFrom(',', ';', '\t');
export const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
export const csvCell = fc.oneof(
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
export const csv: fc.Arbitrary<string> = fc
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

export const xmlToken = fc.oneof(
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
export const xml: fc.Arbitrary<string> = fc.oneof(
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
export const mutatedExport: fc.Arbitrary<[string, string]> = fc
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
export const importFile: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(json, fc.constantFrom('terms.json', '')) },
  { weight: 3, arbitrary: fc.tuple(csv, fc.constantFrom('terms.csv', 'terms.tsv', '')) },
  { weight: 3, arbitrary: fc.tuple(xml, fc.constantFrom('terms.tbx', 'terms.xml', '')) },
  { weight: 3, arbitrary: mutatedExport },
  { weight: 2, arbitrary: fc.tuple(hostileString(60), fileName) },
  { weight: 1, arbitrary: fc.tuple(huge(fc.oneof(hostileChar, csvCell, xmlToken), 200_000), fileName) },
);
