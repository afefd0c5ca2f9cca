/**
 * Generators of hostile input for the property tests: random Unicode (lone surrogate halves, combining marks, emoji,
 * full-width forms, astral Han, every kind of white space and dash), glossary names spliced in (with case, width,
 * spacing and plural changes, so that matches happen), huge single lines, deeply nested markup, broken CSV and JSON,
 * entity declarations in XML, and valid user terms (made through `validateUserTerm`, so that they are what the
 * product stores).
 */
import fc from 'fast-check';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { ENTRY_TYPES, STATUSES } from '../../glossary/schema';
import { validateUserTerm, type UserTerm } from '../../user-terms/schema';

export const glossary = compileGlossary(loadGlossary().entries);

/** Every name of the bundled glossary as written (English, acronyms, Chinese in both scripts, pinyin). */
const glossaryNames: string[] = [
  ...new Set(
    glossary.entries.flatMap((e) => [
      e.en,
      ...(e.enAlt ?? []),
      ...(e.acronyms ?? []),
      e.zh,
      e.zhTrad,
      ...(e.zhAlt ?? []),
      ...(e.pinyin ? [e.pinyin] : []),
    ]),
  ),
];

const unit = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
const point = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** One hostile character (or a short sequence). */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: unit(0x20, 0x7e) }, // ASCII
  { weight: 2, arbitrary: unit(0xd800, 0xdbff) }, // lone high surrogate
  { weight: 2, arbitrary: unit(0xdc00, 0xdfff) }, // lone low surrogate
  { weight: 2, arbitrary: unit(0x0300, 0x036f) }, // combining marks
  { weight: 2, arbitrary: point(0x1f300, 0x1faff) }, // emoji
  { weight: 1, arbitrary: fc.constantFrom('👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️') }, // emoji sequences
  { weight: 2, arbitrary: unit(0xff01, 0xff5e) }, // full-width forms
  { weight: 3, arbitrary: unit(0x4e00, 0x9fff) }, // Han
  { weight: 1, arbitrary: point(0x20000, 0x2a6df) }, // astral Han (extension B)
  { weight: 1, arbitrary: unit(0x00c0, 0x024f) }, // Latin with diacritics
  { weight: 1, arbitrary: unit(0x0000, 0x001f) }, // controls
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      '\t',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\u2029',
      '\u200b',
      '\u200d',
      '\u00ad',
      '\ufeff',
      '-',
      '–',
      '—',
      '’',
      '‘',
      '“',
      '”',
      "'",
      '"',
      's',
      'es',
      "'s",
      '.',
      '。',
      '，',
      '《',
      '》',
      '&',
      '<',
      '>',
      ';',
      ',',
      '|',
      '\ufffd',
      '\uffff',
      '\ufffe',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

export const hostileString = (maxLength = 20) => fc.array(hostileChar, { maxLength }).map((a) => a.join(''));

const fullWidth = (s: string) => s.replace(/[\x21-\x7e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A name changed the ways a page might write it (some of which match, some of which must not). */
const variant = (name: string): fc.Arbitrary<string> =>
  fc
    .constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      fullWidth,
      (s) => s.replace(/ /g, '\n  '),
      (s) => s.replace(/ /g, '\u00a0'),
      (s) => s.replace(/ /g, '-'),
      (s) => `${s}s`,
      (s) => `${s}es`,
      (s) => `${s}’s`,
      (s) => s.normalize('NFD'),
      (s) => [...s].join('\u200b'),
      (s) => [...s].join('\u0301'),
      (s) => s.slice(0, Math.max(1, s.length - 1)),
    )
    .map((f) => f(name));

const nameOf = (names: readonly string[]) => fc.constantFrom(...names).chain(variant);

/** Random text with glossary names (and `extra` names, a user's) spliced in. */
export function spliced(extra: readonly string[] = [], maxPieces = 30): fc.Arbitrary<string> {
  const pieces = [
    { weight: 3, arbitrary: hostileString(8) },
    { weight: 2, arbitrary: nameOf(glossaryNames) },
    ...(extra.length ? [{ weight: 2, arbitrary: nameOf(extra) }] : []),
  ];
  return fc.array(fc.oneof(...pieces), { maxLength: maxPieces }).map((a) => a.join(''));
}

/** One huge line: a short piece repeated up to `maxLength` code units (the repetition also catches backtracking). */
export function huge(piece: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      piece.filter((s) => s.length > 0),
      fc.integer({ min: maxLength / 10, max: maxLength }),
    )
    .map(([s, n]) => s.repeat(Math.max(1, Math.floor(n / s.length))));
}

/** Mostly ordinary sizes, now and then a huge line. */
export function text(extra: readonly string[] = [], hugeMax = 200_000): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 30, arbitrary: spliced(extra) },
    { weight: 1, arbitrary: huge(spliced(extra, 4), hugeMax) },
    { weight: 1, arbitrary: huge(hostileChar, hugeMax) },
  );
}

// --- Markup -----------------------------------------------------------------------------------------------------

const TAGS = [
  'p',
  'div',
  'span',
  'em',
  'b',
  'a',
  'br',
  'img',
  'script',
  'style',
  'code',
  'pre',
  'ruby',
  'rt',
  'li',
  'table',
  'td',
  'x-y',
  'svg',
  'math',
  'template',
  'textarea',
  'title',
  'head',
  'body',
  'html',
];
const tagName = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TAGS) },
  { weight: 1, arbitrary: fc.constantFrom(...TAGS).map((t) => t.toUpperCase()) },
);
const attrs = fc.constantFrom('', ' class="x"', ' id=a', " title='<p>'", ' a="&amp;&quot;"', ' b', ' c="', ' lang=zh');

/** A piece of HTML: tags open and closed (or not), entities, comments, CDATA, doctype, text. */
const htmlToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: spliced([], 4) },
  { weight: 2, arbitrary: fc.tuple(tagName, attrs).map(([t, a]) => `<${t}${a}>`) },
  { weight: 2, arbitrary: tagName.map((t) => `</${t}>`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&lt;',
      '&gt;',
      '&nbsp;',
      '&#x4e2d;',
      '&#20013;',
      '&#xd800;',
      '&#0;',
      '&#x110000;',
      '&bogus;',
      '&',
      '&#',
      '&#x;',
      '<!-- c -->',
      '<!--',
      '-->',
      '<![CDATA[ CAC ]]>',
      '<!DOCTYPE html>',
      '<?xml version="1.0"?>',
      '<',
      '>',
      '</',
      '/>',
      '<p/>',
      '<br/>',
    ),
  },
);

export const htmlDoc: fc.Arbitrary<string> = fc.array(htmlToken, { maxLength: 40 }).map((a) => a.join(''));

/** `<tag>` nested `depth` deep around some text, closed or not. */
export function nested(
  tags: fc.Arbitrary<string>,
  maxDepth: number,
  inner: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  return fc
    .tuple(tags, fc.integer({ min: 1, max: maxDepth }), inner, fc.boolean())
    .map(([t, n, s, closed]) => `<${t}>`.repeat(n) + s + (closed ? `</${t}>`.repeat(n) : ''));
}

// --- User terms -------------------------------------------------------------------------------------------------

const han = unit(0x4e00, 0x9fff);
const word = fc.oneof(
  fc.constantFrom(
    'Bureau',
    'Office',
    'of',
    'the',
    'Data',
    'Law',
    'Centre',
    'programme',
    'labour',
    'licence',
    'A',
    'x',
    'CAC',
    '5G',
    'e-CNY',
    'Ünïcode',
  ),
  hostileString(6),
);
const englishName = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const chineseName = fc
  .tuple(fc.array(han, { minLength: 1, maxLength: 8 }), hostileString(3), fc.boolean())
  .map(([h, noise, mix]) => (mix ? h.join('') + noise : h.join('')));
const SYLLABLES = ['wǎng', 'luò', 'qiáng', 'guó', 'Zhōng', 'huá', 'rén', 'mín', 'xi', "'", 'ān', 'lü', 'nǚ'];
const pinyin = fc
  .tuple(fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '', '-'))
  .map(([s, sep]) => s.join(sep));
const listOf = (item: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.array(item, { maxLength: 4 }),
    item.map((s) => `${s} | ${s}x`),
  );
const multiLine = fc
  .array(
    fc.oneof(hostileString(10), fc.constantFrom('\n', '\r\n', '\r', '\t', '=1+1', "'=x", '@a', '"q"', ']]>', '<b>')),
    { maxLength: 12 },
  )
  .map((a) => a.join(''));
const anyCase = (values: readonly string[]) =>
  fc.tuple(fc.constantFrom(...values), fc.boolean()).map(([v, up]) => (up ? v.toUpperCase() : v));

/** A raw term as a file might hold it; `validateUserTerm` decides whether and how it is kept. */
export const rawTerm = fc.record(
  {
    id: fc.oneof(
      fc.constantFrom('my-term', 'user-a-1', 'X Y', 'b_c'),
      fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/),
    ),
    type: anyCase(ENTRY_TYPES),
    en: fc.oneof(englishName, fc.constantFrom('=SUM(A1)', '+1', '@me', "'=x", "''+y", 'a"b', 'a,b', '-x')),
    enAlt: listOf(englishName),
    acronyms: listOf(fc.oneof(fc.stringMatching(/^[A-Z]{2,5}$/), fc.constantFrom('=A', "'=B", 'C&D', '<E>'))),
    zh: chineseName,
    zhTrad: chineseName,
    zhAlt: listOf(chineseName),
    pinyin,
    status: anyCase(STATUSES),
    gloss: fc.oneof(hostileString(30), fc.constantFrom('Gloss: x', 'Status: draft', 'Notes: y')),
    definition: multiLine,
    notes: fc.oneof(multiLine, fc.constantFrom('Gloss: not a gloss', 'Status: active')),
  },
  { requiredKeys: ['en', 'zh'] },
);

/** A valid term, as stored: made through `validateUserTerm`. */
const userTerm: fc.Arbitrary<UserTerm> = rawTerm
  .map((raw) => validateUserTerm(raw))
  .filter((r): r is { ok: true; term: UserTerm } => r.ok)
  .map((r) => r.term);

/** Valid terms with distinct ids, as a store holds them. */
export const userTerms = (maxLength = 8) => fc.uniqueArray(userTerm, { maxLength, selector: (t) => t.id });

/** Every name a term is matched by, as written. */
export const namesOf = (t: UserTerm) => [
  t.en,
  ...(t.enAlt ?? []),
  ...(t.acronyms ?? []),
  t.zh,
  ...(t.zhTrad ? [t.zhTrad] : []),
  ...(t.zhAlt ?? []),
  ...(t.pinyin ? [t.pinyin] : []),
];
