/**
 * Each entry's pinyin beside pinyin-pro's reading of its Chinese name: the disagreements are listed for a person to
 * settle (pinyin-pro guesses polyphonic characters from context and can be wrong; so can we). Node-only, build tools.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { Entry } from './schema';

/** Disagreements a person has settled in our favour: the pinyin kept, and why (长 in 委员长 is zhǎng). */
type Settled = Record<string, { pinyin: string; reason: string }>;

export function loadSettled(): Settled {
  return JSON.parse(readFileSync(new URL('./pinyin-settled.json', import.meta.url), 'utf8')) as Settled;
}

export interface PinyinDisagreement {
  id: string;
  zh: string;
  ours: string;
  theirs: string;
}

/** Syllables compared without case, spaces, hyphens or apostrophes, in NFC, with ü however it is typed. */
const key = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s'’\-·]+/g, '')
    .replace(/v/g, 'ü');

/** pinyin-pro's syllables for the Han characters of `zh`, with dictionary tones (we write 一 and 不 as yī and bù). */
const read = (zh: string) =>
  pinyin(zh.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'symbol', type: 'array', toneSandhi: false });

/** A syllable without its tone mark (ü keeps its dots). */
const toneless = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030c]/g, '')
    .normalize('NFC');

/**
 * Whether our pinyin (as `key` leaves it) reads as these syllables: the same letters, and each syllable's tone the
 * same or, on our side, none (a neutral tone: 故事 gùshi).
 */
function agrees(ours: string, syllables: readonly string[]): boolean {
  let at = 0;
  for (const syllable of syllables) {
    const want = key(syllable);
    const got = ours.slice(at, at + want.length);
    if (got !== want && !(toneless(got) === toneless(want) && got === toneless(got))) return false;
    at += want.length;
  }
  return at === ours.length;
}

/**
 * The entries whose pinyin is not pinyin-pro's reading of their `zh`, unless settled with that very pinyin (entries
 * without pinyin are skipped).
 */
export function pinyinDisagreements(entries: readonly Entry[], settled: Settled = {}): PinyinDisagreement[] {
  const out: PinyinDisagreement[] = [];
  for (const e of entries) {
    if (!e.pinyin || settled[e.id]?.pinyin === e.pinyin) continue;
    // A note in brackets (（试行）, （二）) may or may not be read in the pinyin; digits and Latin letters are read in
    // too many ways to compare.
    if (/[\p{Nd}\p{Script=Latin}]/u.test(e.zh)) continue;
    const ours = key(e.pinyin.replace(/[^\p{L}\s'’-]/gu, ''));
    const readings = [e.zh.replace(/[（(][^（）()]*[）)]/g, ''), e.zh].map(read);
    if (!readings[0].length || readings.some((r) => agrees(ours, r))) continue;
    out.push({ id: e.id, zh: e.zh, ours: e.pinyin, theirs: readings[0].join(' ') });
  }
  return out;
}
