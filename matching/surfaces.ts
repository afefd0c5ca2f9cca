/**
 * How names become matchable surfaces: the one home of the rule for the bundled glossary (built with OpenCC's extra
 * Chinese forms), the user's own terms (built in the content script, without OpenCC) and the popup's search (pinyin).
 */
import { buildAutomaton, type Automaton } from './automaton';
import { SurfaceKind, type CompiledSurface, type MatchSurface } from './model';
import { foldString, stripTones } from './normalize';
import { STATUS_RANK, edgesOf, spellingVariants } from './surface-rules';
import type { Status } from '../glossary/schema';

/** The name fields of a bundled entry or a user's term. */
export interface NameFields {
  en: string;
  enAlt?: readonly string[];
  acronyms?: readonly string[];
  zh: string;
  zhTrad?: string;
  zhAlt?: readonly string[];
  zhTw?: readonly string[];
  zhHk?: readonly string[];
  pinyin?: string;
  pinyinAlt?: readonly string[];
  unmarked?: readonly string[];
  markedInLaw?: readonly string[];
}

export interface RawSurface {
  text: string;
  kind: SurfaceKind;
  /** The name in the data it was derived from (itself, or the simplified form of a traditional one). */
  from: string;
  /** A form of a name listed `markedInLaw`: marked only in a law's own text. */
  lawText?: boolean;
}

/** Other Chinese forms of a simplified name (traditional characters, Taiwan and Hong Kong vocabulary). */
export type ChineseForms = (zh: string) => readonly string[];

/** Pinyin as matched and searched: without tones, with its spaces and with none ("wangluo qiangguo", "wangluoqiangguo"). */
export function pinyinForms(pinyin: string): [string, string] {
  const toneless = stripTones(pinyin);
  return [toneless, toneless.replace(/[\s'’-]+/g, '')];
}

/**
 * English names that end "of China" are also written with China first: "China Cyberspace Administration", "China
 * Communist Party", "China Red Cross Society". Only a name with one "of" (not "Central Committee of the Communist Party
 * of China", nor Taiwan's "of the Republic of China").
 */
function chinaFirst(name: string): string | undefined {
  const head = /^(?!the )(.+?) of (?:the People's Republic of )?China$/i.exec(name)?.[1];
  return head && !/ of /i.test(head) ? `China ${head}` : undefined;
}

/**
 * English names that end "of the People's Republic of China" are as often written with the acronym: "Constitution of
 * the PRC", and with a one-part head, "PRC Cybersecurity Law" (not "PRC Ministry of Public Security", which English
 * writes rarely and reads as two names).
 */
function prcForms(name: string): string[] {
  const head = /^(?!the )(.+?) of the People's Republic of China$/i.exec(name)?.[1];
  if (!head) return [];
  return / of /i.test(head) ? [`${head} of the PRC`] : [`${head} of the PRC`, `PRC ${head}`];
}

/**
 * A Party congress or plenum named "党的…" (党的二十大, 党的十九届四中全会) is as often "中共…" (中共二十大); one named in
 * full, "中国共产党第…" (中国共产党第二十次全国代表大会), is as often "党的第…" in the Party's own texts.
 */
function partyShort(name: string): string | undefined {
  if (/^党的.+(大|全会)$/.test(name)) return `中共${name.slice(2)}`;
  return /^中国共产党第.+(全国代表大会|全体会议)$/.test(name) ? `党的${name.slice(5)}` : undefined;
}

/** Names, then the other forms `form` gives them (each once). */
function withForms(names: readonly string[], form: (name: string) => string | undefined): string[] {
  const out = new Set(names);
  for (const name of names) {
    const other = form(name);
    if (other) out.add(other);
  }
  return [...out];
}

/** A head's title repeats the unit's last character (保安局局长, 警務處處長); news drops the repeat (保安局長, 警務處長). */
const REPEATED_UNIT = /([局处處署司院部会會厅廳])\1([长長])/gu;

/** A name, and its short form when it is a head's title with the unit's character repeated. */
function withShortHead(zh: string): string[] {
  const short = zh.replace(REPEATED_UNIT, '$1$2');
  return short === zh ? [zh] : [zh, short];
}

/** A list inside a Chinese name, between two Han characters: 、 or ， (or a half-width comma) in the data. */
const LIST_SEPARATOR = /(?<=\p{Script=Han})[、，,](?=\p{Script=Han})/gu;

/**
 * A name with a list in it, and the other ways texts punctuate the list: 不忘初心、牢记使命 is also written
 * 不忘初心，牢记使命 and 不忘初心牢记使命; a formulation quoted in running text often loses or swaps its separators.
 */
function withListForms(zh: string): string[] {
  if (!zh.match(LIST_SEPARATOR)) return [zh];
  return [...new Set([zh, ...['、', '，', ''].map((separator) => zh.replace(LIST_SEPARATOR, separator))])];
}

/** Every form of an entry that is matched in text, before folding; names listed `unmarked` stay so in every form. */
export function surfacesOf(entry: NameFields, chineseForms: ChineseForms = () => []): RawSurface[] {
  const out: RawSurface[] = [];
  // An English name that is also an acronym is matched as the acronym only, case and all: "RTHK", never "rthk".
  const acronyms = new Set(entry.acronyms ?? []);
  // Derived forms keep the name they come from, so that a name listed `ambiguous` or `unmarked` is so in every form.
  for (const name of new Set([entry.en, ...(entry.enAlt ?? [])])) {
    if (acronyms.has(name)) continue;
    const forms = new Set([...withForms([name], chinaFirst), ...prcForms(name)]);
    for (const form of forms)
      for (const text of spellingVariants(form)) out.push({ text, kind: SurfaceKind.English, from: name });
  }
  for (const acronym of entry.acronyms ?? []) out.push({ text: acronym, kind: SurfaceKind.Acronym, from: acronym });
  for (const zh of withForms([entry.zh, ...(entry.zhAlt ?? [])], partyShort)) {
    for (const name of withListForms(zh).flatMap(withShortHead)) {
      out.push({ text: name, kind: SurfaceKind.Chinese, from: zh });
      for (const form of chineseForms(name)) out.push({ text: form, kind: SurfaceKind.Chinese, from: zh });
    }
  }
  if (entry.zhTrad) out.push({ text: entry.zhTrad, kind: SurfaceKind.Chinese, from: entry.zh });
  for (const zh of [...(entry.zhTw ?? []), ...(entry.zhHk ?? [])])
    for (const name of withShortHead(zh)) out.push({ text: name, kind: SurfaceKind.Chinese, from: zh });
  for (const py of [entry.pinyin, ...(entry.pinyinAlt ?? [])]) {
    if (!py) continue;
    for (const text of pinyinForms(py)) out.push({ text, kind: SurfaceKind.Pinyin, from: py });
  }
  const unmarked = new Set(entry.unmarked ?? []);
  const inLaw = new Set(entry.markedInLaw ?? []);
  const kept: RawSurface[] = [];
  for (const s of out) {
    if (inLaw.has(s.from) || inLaw.has(s.text)) kept.push({ ...s, lawText: true });
    else if (!unmarked.has(s.from) && !unmarked.has(s.text)) kept.push(s);
  }
  return kept;
}

/**
 * A part of a body, or its head, written after the body's full name and sharing its last characters: 警务处处长
 * after 香港警务处 is 香港警务处处长, 中央军事委员会副主席 after 中国共产党中央军事委员会 is the vice-chairman.
 * Leftmost-longest would otherwise give the whole to the body and drop the part. The overlap must be two characters
 * or more, and less than either name.
 */
export function namesAfterParent(names: readonly string[], parentNames: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const parent of parentNames) {
      for (let k = Math.min(name.length, parent.length) - 1; k >= 2; k--) {
        if (parent.endsWith(name.slice(0, k))) {
          out.add(parent + name.slice(k));
          break;
        }
      }
    }
  }
  for (const name of names) out.delete(name);
  return [...out];
}

/**
 * Surfaces keyed by kind and folded form (an acronym by its exact form: matched case-sensitively), each made on
 * first use, so that entries sharing a name share one surface.
 */
export class SurfaceTable {
  private readonly byKey = new Map<string, CompiledSurface>();

  /** The surface of `kind` for `text`, or undefined when it folds to nothing. */
  get(kind: SurfaceKind, text: string): CompiledSurface | undefined {
    const folded = foldString(text);
    if (!folded) return undefined;
    const k = `${kind}\u0000${kind === SurfaceKind.Acronym ? text : folded}`;
    let surface = this.byKey.get(k);
    if (!surface) {
      // `exact` is read only for acronyms (compared case-sensitively); kept for the others as the build's record.
      surface = { folded, exact: text, kind, entries: [], ambiguous: false, edges: edgesOf(folded), title: false };
      this.byKey.set(k, surface);
    }
    return surface;
  }

  /** Whether some entry has a surface of `kind` for `text`. */
  named(kind: SurfaceKind, text: string): boolean {
    const folded = foldString(text);
    return !!this.byKey.get(`${kind}\u0000${kind === SurfaceKind.Acronym ? text : folded}`)?.entries.length;
  }

  /** Adds `entry` to the surface of `kind` for `text`; returns the surface. */
  add(kind: SurfaceKind, text: string, entry: number): CompiledSurface | undefined {
    const surface = this.get(kind, text);
    if (surface && !surface.entries.includes(entry)) surface.entries.push(entry);
    return surface;
  }

  /** The surfaces, each one's entries sorted so that the current one (a body that exists, a law in force) comes first. */
  surfaces(statusOf: (entry: number) => Status): CompiledSurface[] {
    const out = [...this.byKey.values()];
    for (const s of out) s.entries.sort((a, b) => STATUS_RANK[statusOf(a)] - STATUS_RANK[statusOf(b)] || a - b);
    return out;
  }
}

/** Surfaces and an automaton for terms compiled at run time (the user's own), entry indices from `offset`. */
export function compileNames(
  terms: ReadonlyArray<NameFields & { status: Status }>,
  offset: number,
): { surfaces: MatchSurface[]; automaton: Automaton } {
  const table = new SurfaceTable();
  terms.forEach((term, i) => {
    for (const { text, kind } of surfacesOf(term)) table.add(kind, text, offset + i);
  });
  const surfaces = table.surfaces((entry) => terms[entry - offset].status);
  return {
    surfaces: surfaces.map(({ folded: _folded, ...s }) => ({
      ...s,
      exact: s.kind === SurfaceKind.Acronym ? s.exact : '',
    })),
    automaton: buildAutomaton(surfaces.map((s) => s.folded)),
  };
}
