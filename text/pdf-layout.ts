/**
 * Reading order of a PDF page's text items (pdf.js `getTextContent`), shared by `npm run scan` and the reader page:
 * what separates each item from the one before it. pdf.js gives items in the order of the content stream, which for
 * the PDFs browsers, word processors and typesetters write is the reading order, columns included; what it does not
 * say reliably is where a line or a paragraph ends (`hasEOL` is set on every glyph of a vertical column, and a table
 * cell is separated from the next by a synthetic space). That is decided here from the items' positions. Pure.
 */

/** The parts of a pdf.js text item read here (TextItem in pdfjs-dist's types). */
export interface PdfItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the origin of the text on the page, in PDF units (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
}

/** What comes before an item: nothing, a space, a line wrap inside a paragraph, or the end of a paragraph. */
export const Sep = { None: 0, Space: 1, Wrap: 2, Break: 3 } as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

/** Han, kana, Hangul, CJK punctuation, radicals and full-width forms: scripts written without spaces between words. */
const CJK =
  /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const SPACE_AT_START = /^\s/;
const SPACE_AT_END = /\s$/;

const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

/** The font size of an item: its height, or the scale of its transform when the height is missing. */
function size(item: PdfItem): number {
  const [a, b] = item.transform;
  return item.height > 0 ? item.height : Math.hypot(a, b) || 1;
}

/**
 * The separator before each item of `items` (the first gets Sep.Break). Whitespace-only items are given too, so that
 * indexes match pdf.js's; what they add is decided by the items around them.
 */
export function separators(items: readonly PdfItem[]): Sep[] {
  const out: Sep[] = [];
  let prev: PdfItem | undefined;
  let gapSeen = 0;
  for (const item of items) {
    if (!item.str.trim()) {
      // A synthetic space or an empty marker: remember how wide a gap it stands for, decide at the next glyph.
      if (item.str.length && prev) gapSeen = Math.max(gapSeen, item.width);
      out.push(Sep.None);
      continue;
    }
    out.push(prev ? between(prev, item, gapSeen) : Sep.Break);
    prev = item;
    gapSeen = 0;
  }
  return out;
}

function between(prev: PdfItem, item: PdfItem, gapSeen: number): Sep {
  const [px, py] = [prev.transform[4], prev.transform[5]];
  const [x, y] = [item.transform[4], item.transform[5]];
  const h = Math.max(size(prev), size(item));
  const last = prev.str[prev.str.length - 1];
  const first = item.str[0];
  const cjkJoin = isCjk(last) && isCjk(first);
  // Vertical writing: the next glyph sits below the previous one in the same column.
  const sameColumn = Math.abs(x - px) < 0.3 * h && py - y > 0 && py - y < 1.6 * h && isCjk(first);
  if (sameColumn) return Sep.None;
  const sameLine = Math.abs(y - py) < 0.6 * Math.min(size(prev), size(item));
  const gap = x - (px + prev.width);
  if (sameLine && gap > -0.5 * h) {
    // A footnote marker raised above the line, or the text after it: a run ends there, as at <sup> in HTML.
    if (Math.abs(y - py) > 0.15 * h && Math.abs(size(prev) - size(item)) > 0.1 * h) return Sep.Break;
    const width = Math.max(gap, gapSeen);
    // Wider than any word space: the next cell of a table, or a tab stop.
    if (width > 1.8 * h) return Sep.Break;
    if (SPACE_AT_END.test(prev.str) || SPACE_AT_START.test(item.str) || cjkJoin) return Sep.None;
    return width > 0.15 * h || gapSeen > 0 ? Sep.Space : Sep.None;
  }
  // A new line: in the same paragraph when it is the next line down, at most about a line and a half below.
  const down = py - y;
  const wrapped = down > 0.5 * h && down < 1.8 * h && Math.abs(size(prev) - size(item)) < 0.15 * h;
  return wrapped ? Sep.Wrap : Sep.Break;
}

/** The text a separator stands for, given the characters on either side (a wrap between two Han characters is none). */
function separatorText(sep: Sep, before: string, after: string): string {
  switch (sep) {
    case Sep.None:
      return '';
    case Sep.Space:
      return ' ';
    case Sep.Wrap:
      return isCjk(before[before.length - 1]) && isCjk(after[0]) ? '' : '\n';
    default:
      return '\n\n';
  }
}

/** A page's text in reading order: lines wrapped with `\n`, paragraphs and cells apart by a blank line. */
export function joinItems(items: readonly PdfItem[]): string {
  const seps = separators(items);
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const str = items[i].str;
    if (!str.trim()) continue;
    text += text ? separatorText(seps[i], text, str) : '';
    text += str;
  }
  return text;
}
