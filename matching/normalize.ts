/**
 * Folding of text for matching, one UTF-16 code unit at a time, so that a position in the folded stream always
 * maps back to a position in the original text (the page's text nodes, the file's characters) without a table
 * of offsets. Pure: no DOM, no Node APIs.
 *
 * What folds: ASCII and Latin case; full-width ASCII forms (Ａ, ＣＡＣ); pinyin tone marks and other Latin
 * diacritics (ǎ -> a, ü -> u); curly single quotes and primes to a straight apostrophe; double quotes of every kind,
 * hyphens and dashes to a space, so that "real-name registration" and "real name registration" are one name; every
 * kind of white space (line breaks, no-break and ideographic spaces) to " ". What is dropped: combining marks (tones
 * typed as combining characters), soft hyphens, zero-width characters. Runs of spaces are collapsed by the matcher.
 */

/** Code unit that `FOLD` maps dropped characters to. */
export const SKIP = 0;
export const SPACE = 0x20;

/** Double quotes of every kind: " « » “ ” ‟ „ ″ ＂. */
const DOUBLE_QUOTES = [0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02];

export function isDoubleQuote(unit: number): boolean {
  return DOUBLE_QUOTES.includes(unit);
}

/**
 * CJK Radicals Supplement characters (U+2E80-U+2EF3) and the ideograph each is drawn the same as, in pairs: those that
 * stand for a whole character in simplified or traditional text (门 长 页 民 车...), after Unicode's list of equivalent
 * unified ideographs. Only ⺟ and ⻳ have a compatibility decomposition, so NFKC does not give the others.
 */
const RADICAL_IDEOGRAPHS = [
  0x2e81, 0x5382, 0x2e8c, 0x5c0f, 0x2e9d, 0x6708, 0x2e9f, 0x6bcd, 0x2ea0, 0x6c11, 0x2ea9, 0x738b, 0x2eac, 0x793a,
  0x2ec1, 0x864e, 0x2ec4, 0x897f, 0x2ec5, 0x89c1, 0x2ec6, 0x89d2, 0x2ec8, 0x8ba0, 0x2ec9, 0x8d1d, 0x2ecb, 0x8f66,
  0x2ecf, 0x961d, 0x2ed0, 0x9485, 0x2ed1, 0x9577, 0x2ed3, 0x957f, 0x2ed4, 0x95e8, 0x2ed8, 0x9752, 0x2ed9, 0x97e6,
  0x2eda, 0x9875, 0x2edb, 0x98ce, 0x2edc, 0x98de, 0x2edd, 0x98df, 0x2ee0, 0x9963, 0x2ee2, 0x9a6c, 0x2ee3, 0x9aa8,
  0x2ee4, 0x9b3c, 0x2ee5, 0x9c7c, 0x2ee6, 0x9e1f, 0x2ee7, 0x5364, 0x2ee8, 0x9ea6, 0x2ee9, 0x9ec4, 0x2eea, 0x9efe,
  0x2eec, 0x9f50, 0x2eee, 0x9f7f, 0x2ef0, 0x9f99, 0x2ef2, 0x4e80, 0x2ef3, 0x9f9f,
];

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20; // A-Z
  for (let c = 0xff01; c <= 0xff5e; c++) {
    // Full-width ASCII variants.
    const ascii = c - 0xfee0;
    table[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 0x20 : ascii;
  }
  // Latin letters with diacritics, including pinyin tone marks: fold to the lowercase base letter.
  const latinRanges: Array<[number, number]> = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of latinRanges) {
    for (let c = from; c <= to; c++) {
      const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
      if (base < 0x80 && /[A-Za-z]/.test(String.fromCharCode(base))) table[c] = base | 0x20;
    }
  }
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000])
    table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0xff07]) table[c] = 0x27; // ’ ‘ ′ ʼ -> '
  // Double quotes of every kind fold to a space, so that a name quoted in part (data as a "factor of production") is
  // still one name; no name in the glossary has a double quote in it.
  for (const c of DOUBLE_QUOTES) table[c] = SPACE;
  for (const c of [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]) table[c] = SPACE; // - ‐ ‑ ‒ – — ―
  // Kangxi radicals and the CJK radicals that look exactly like an ideograph, to that ideograph: PDF writers (Chromium's
  // print to PDF among them) map a glyph that a CJK font shares between the two to the radical, so 网信办 extracts as
  // ⽹信办 and 部门 as 部⻔, and text copied out of such PDFs onto web pages carries them too.
  for (let c = 0x2f00; c <= 0x2fd5; c++) table[c] = String.fromCharCode(c).normalize('NFKC').charCodeAt(0);
  for (let i = 0; i < RADICAL_IDEOGRAPHS.length; i += 2) table[RADICAL_IDEOGRAPHS[i]] = RADICAL_IDEOGRAPHS[i + 1];
  for (let c = 0x0300; c <= 0x036f; c++) table[c] = SKIP; // combining diacritics (tones typed separately)
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) table[c] = SKIP; // soft hyphen, zero-widths
  return table;
}

/** Folded code unit for every code unit (identity where nothing folds). Built once per module load (~0.3 ms). */
export const FOLD = buildFoldTable();

/** Whether a folded code unit is part of a Latin-script word (for word-boundary checks). */
export function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Folds a whole string the way the matcher folds text: dropped units removed, white space runs collapsed, trimmed. */
export function foldString(s: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = FOLD[s.charCodeAt(i)];
    if (c === SKIP) continue;
    if (c === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out += String.fromCharCode(c);
  }
  return out.trimEnd();
}

/** Removes pinyin tone marks (and any other Latin diacritics) while keeping case: "Wǎngluò" -> "Wangluo". */
export function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
