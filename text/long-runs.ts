/**
 * Cutting a run of text longer than MATCH_RUN_MAX_CHARS into pieces the matcher takes one call at a time, so that
 * matching can yield between them. The cut is at the best break in the last quarter of a piece: after a line break,
 * else after a Chinese sentence end (。！？), else after white space (names in Latin script contain spaces, so a space
 * is the last resort before a hard cut), else at the limit itself, never between the halves of a surrogate pair.
 * Pure: the content script and `npm run scan` cut alike.
 */
import { MATCH_RUN_MAX_CHARS } from '../platform/constants';

const LINE_BREAKS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);
const SENTENCE_ENDS = new Set([0x3002, 0xff01, 0xff1f]);
const WHITE_SPACE = /\s/;

/** [start, end) pieces of [from, to) of `text`, in order, together covering it, each at most `max` code units (max ≥ 2). */
export function runPieces(
  text: string,
  from = 0,
  to = text.length,
  max = MATCH_RUN_MAX_CHARS,
): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = from;
  while (to - start > max) {
    const cut = breakBefore(text, start, start + max);
    pieces.push([start, cut]);
    start = cut;
  }
  if (to > start) pieces.push([start, to]);
  return pieces;
}

/** Where to end a piece that starts at `start` and may not go past `limit`. */
function breakBefore(text: string, start: number, limit: number): number {
  const floor = limit - Math.floor((limit - start) / 4);
  let sentence = -1;
  let space = -1;
  for (let i = limit - 1; i >= floor && i > start; i--) {
    const c = text.charCodeAt(i);
    if (LINE_BREAKS.has(c)) return i + 1;
    if (sentence < 0 && SENTENCE_ENDS.has(c)) sentence = i + 1;
    if (space < 0 && WHITE_SPACE.test(text[i])) space = i + 1;
  }
  if (sentence >= 0) return sentence;
  if (space >= 0) return space;
  const splitsPair = (text.charCodeAt(limit - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(limit) & 0xfc00) === 0xdc00;
  return splitsPair ? limit - 1 : limit;
}
