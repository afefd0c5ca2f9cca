/**
 * Whose body, whose law: a foreign country's name right before a name ("Taiwan's Ministry of Foreign Affairs", "UK
 * National Security Act", 美国国务院, 美国的国务院) or after it with "of" ("the Constitution of India", "General
 * Secretary of the United Nations") makes it that country's, and the card would wrongly say it is China's. The
 * matcher finds the foreign words (matching/context-words.ts); these look at the text between. Pure.
 */
import { FOLD } from './normalize';

/** The code unit at a position of the text being matched, or -1 outside it. */
type UnitAt = (pos: number) => number;

/**
 * Whether a word ending at one of `ends` (a foreign one, or China's; sorted) stands right before `start`. Only the
 * ends in the four units before it are looked at: a text of one repeated name (法国 in 国歌法国歌法…) has as many.
 */
export function rightBefore(at: UnitAt, ends: readonly number[], start: number): boolean {
  for (let k = firstAtLeast(ends, start - 4); k < ends.length && ends[k] <= start; k++) {
    const end = ends[k];
    let i = end;
    const u = at(i);
    if (u === 0x27 || u === 0x2019) {
      i++;
      if (folded(at, i) === 0x73 /* s */) i++;
    } else if (u === 0x7684 /* 的 */) i++;
    while (i < start && isBlank(at(i))) i++;
    if (i === start) return true;
  }
  return false;
}

/**
 * What ends a country's own party, army or government named between the country and a body of it; a party's 中央
 * too (古巴共产党中央第一书记, 老挝人民革命党中央总书记).
 */
const ORG_ENDS = ['党', '黨', '党中央', '黨中央', '部队', '部隊', '军队', '軍隊', '政府'];
/** The most Han characters between a country and its body's name: 武装部队, 劳动党 (with the name's 党), 人民革命党中央. */
const ORG_MAX = 7;

/**
 * Whether a foreign word ending at one of `ends` (sorted) is followed, before `start`, by that country's own party,
 * army or government: 乌克兰武装部队总参谋部, 朝鲜劳动党中央政治局, 越南共产党中央委员会. Han characters only, at most
 * ORG_MAX of them, ending (with the name's first unit, for a name that starts with 党) in a party, army or government;
 * `chinaEnds` between (美国称中国政府…) says the body is China's after all. Not after Taiwan (台湾, 臺灣): its parties'
 * posts (台灣民眾黨立委) are in the glossary as Taiwan's own.
 */
export function foreignOrgBefore(
  at: UnitAt,
  ends: readonly number[],
  chinaEnds: readonly number[],
  start: number,
): boolean {
  for (let k = firstAtLeast(ends, start - ORG_MAX); k < ends.length && ends[k] < start; k++) {
    const end = ends[k];
    const last = at(end - 1);
    if (last === 0x6e7e /* 湾 */ || last === 0x7063 /* 灣 */) continue;
    let between = '';
    for (let i = end; i < start; i++) {
      const u = at(i);
      if (!isHan(u)) {
        between = '';
        break;
      }
      between += String.fromCharCode(u);
    }
    if (!between) continue;
    const withFirst = between + String.fromCharCode(at(start));
    const org = ORG_ENDS.find((o) => between.endsWith(o) || withFirst.endsWith(o));
    if (!org) continue;
    // A China word between says the body is China's after all; not the party's own 党中央, itself a China word.
    const c = firstAtLeast(chinaEnds, end + 1);
    if (c < chinaEnds.length && chinaEnds[c] <= (org.endsWith('中央') ? start - org.length : start)) continue;
    return true;
  }
  return false;
}

/** Characters that end a local unit's name right before a body's name, simplified and traditional. */
const LOCAL_UNITS = new Set([...'省市县縣区區州乡鄉镇鎮'].map((c) => c.charCodeAt(0)));

/**
 * Whether the unit before a body's name makes it a local office: 武汉市卫健委, 省网信办, 区公安机关. The card is the
 * central body's, so the name is not marked there (the guide's 省网信办 is a trap, not the CAC).
 */
export function localBefore(unit: number): boolean {
  return LOCAL_UNITS.has(unit);
}

/** Whether "of" or "of the" and a foreign word starting at one of `starts` (sorted) follow `end`. */
export function foreignAfter(at: UnitAt, starts: readonly number[], end: number): boolean {
  for (let k = firstAtLeast(starts, end + 1); k < starts.length && starts[k] - end <= 9; k++) {
    const start = starts[k];
    let i = skipBlank(at, end, start);
    if (folded(at, i) !== 0x6f /* o */ || folded(at, i + 1) !== 0x66 /* f */) continue;
    i = skipBlank(at, i + 2, start);
    if (i + 3 < start && folded(at, i) === 0x74 && folded(at, i + 1) === 0x68 && folded(at, i + 2) === 0x65)
      i = skipBlank(at, i + 3, start);
    if (i === start && i > end + 3) return true;
  }
  return false;
}

/** The index of the first value at least `min` in ascending `values` (binary search), or values.length. */
function firstAtLeast(values: readonly number[], min: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function folded(at: UnitAt, pos: number): number {
  const u = at(pos);
  return u < 0 ? 0 : FOLD[u];
}

function skipBlank(at: UnitAt, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(at(i))) i++;
  return i;
}

/** White space between a country's name and the name after it (a hyphen is no gap: "US-China" is not "US China"). */
function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0xa0 || unit === 0x0a || unit === 0x0d || unit === 0x09 || unit === 0x3000;
}

/**
 * Countries that news names by one character before a body (美国务院 is the US State Department, 俄外交部 Russia's
 * foreign ministry, 韩国防部 South Korea's defence ministry). Only characters that rarely end another word before a
 * name: not 日 (3月5日外交部…), 以, 法, 加, 印, 德, 越, 澳 or 欧.
 */
const COUNTRY_INITIALS = new Set([...'美英俄韩韓乌烏菲'].map((c) => c.charCodeAt(0)));
const ACCORDING_TO = '据'.charCodeAt(0);

/**
 * Whether the unit before a Chinese name is a country's one-character name that begins a phrase (after punctuation,
 * a space or 据), making the body that country's. After another character it is usually a place or a pair of
 * countries, not whose: 在韩志愿军 (in Korea), 赴美, 中美外交部长会谈 (which includes China).
 */
export function countryInitialBefore(before: number, beforeThat: number): boolean {
  return COUNTRY_INITIALS.has(before) && (beforeThat === ACCORDING_TO || !isHan(beforeThat));
}

function isHan(unit: number): boolean {
  return unit >= 0x3400 && unit <= 0x9fff;
}
