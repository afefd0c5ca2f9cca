/**
 * The real-text set (tests/fixtures/real): third-party texts restored by scripts/restore-real-texts.mjs, annotated
 * by people who never saw the glossary (GUIDE.md there). An annotation lists surfaces with a category and a key
 * (the thing's official Chinese name); `expand` turns it into spans, and keys are mapped to glossary entries
 * separately (keys.json), so that annotating stays blind to the glossary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REAL_DIR = join(process.cwd(), 'tests', 'fixtures', 'real');
const TEXTS_DIR = join(REAL_DIR, 'texts');
const ANNOTATIONS_DIR = join(REAL_DIR, 'annotations');

const CATEGORIES = ['agency', 'law', 'concept', 'office', 'event', 'formulation', 'trap'] as const;
type Category = (typeof CATEGORIES)[number];

export interface RealSource {
  id: string;
  lang: string;
  genre: string;
  title: string;
  repo: string;
  commit: string;
  path: string;
  heldBack: boolean;
  /** Which batch the text came in (absent: the first); each batch is scored apart, its first run kept in docs/. */
  batch?: number;
}

interface AnnotatedTerm {
  s: string;
  cat: Category;
  key: string;
  /** 1-based occurrences of `s` that are not this term. */
  skip?: number[];
  unsure?: boolean;
}

export interface Annotation {
  id: string;
  annotator?: string;
  checkedBy?: string;
  terms: AnnotatedTerm[];
}

export interface GoldSpan {
  start: number;
  end: number;
  cat: Category;
  key: string;
  /** The annotated surface (for reports). */
  text?: string;
}

export function loadSources(): RealSource[] {
  return JSON.parse(readFileSync(join(REAL_DIR, 'sources.json'), 'utf8')) as RealSource[];
}

function textPath(id: string): string {
  return join(TEXTS_DIR, `${id}.txt`);
}

export function readText(id: string): string | undefined {
  const path = textPath(id);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function readAnnotation(id: string): Annotation | undefined {
  const path = join(ANNOTATIONS_DIR, `${id}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Annotation) : undefined;
}

/** Problems with an annotation against its text: unknown categories, surfaces not in the text, bad skips. */
export function annotationProblems(annotation: Annotation, text: string): string[] {
  const problems: string[] = [];
  for (const term of annotation.terms) {
    if (!(CATEGORIES as readonly string[]).includes(term.cat))
      problems.push(`"${term.s}": unknown category "${term.cat}"`);
    if (!term.s || !text.includes(term.s)) problems.push(`"${term.s}": not in the text`);
    if (!term.key) problems.push(`"${term.s}": no key`);
  }
  return problems;
}

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Whether a Latin-script occurrence stands on word boundaries ("CAC" not in "CACHE"); Chinese has no boundaries. */
function onWordEdges(text: string, start: number, end: number): boolean {
  const first = text[start];
  const last = text[end - 1];
  if (WORD.test(first) && !HAN.test(first) && start > 0 && WORD.test(text[start - 1]) && !HAN.test(text[start - 1]))
    return false;
  if (WORD.test(last) && !HAN.test(last) && end < text.length && WORD.test(text[end]) && !HAN.test(text[end]))
    return false;
  return true;
}

/**
 * The spans an annotation stands for: every occurrence of every listed surface, longest surfaces first and then
 * left to right, an occurrence inside one already taken skipped, and the occurrences a term lists in `skip` left out.
 */
export function expand(annotation: Annotation, text: string): GoldSpan[] {
  const taken: GoldSpan[] = [];
  const overlaps = (start: number, end: number) => taken.some((t) => start < t.end && t.start < end);
  const terms = [...annotation.terms].sort((a, b) => b.s.length - a.s.length);
  for (const term of terms) {
    if (!term.s) continue;
    const skip = new Set(term.skip ?? []);
    let n = 0;
    for (let at = text.indexOf(term.s); at >= 0; at = text.indexOf(term.s, at + 1)) {
      if (!onWordEdges(text, at, at + term.s.length)) continue;
      n++;
      if (skip.has(n) || overlaps(at, at + term.s.length)) continue;
      taken.push({ start: at, end: at + term.s.length, cat: term.cat, key: term.key, text: term.s });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** keys.json: each non-trap key → the entry a card for it should show, or null when the glossary has none. */
export type KeyMap = Readonly<Record<string, string | null>>;

export const KEYS_PATH = join(REAL_DIR, 'keys.json');

export function loadKeys(path = KEYS_PATH): Record<string, string | null> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string | null>) : {};
}

export const isTrapKey = (key: string) => key.startsWith('trap:');

export interface RealScore {
  texts: number;
  gold: number;
  found: number;
  /** Gold spans (not traps) that a mark overlaps. */
  hit: number;
  /** Marks that overlap a gold span that is not a trap. */
  right: number;
  trapsMarked: number;
  byCategory: Record<string, { gold: number; hit: number }>;
  /** Marks overlapping a gold span whose key names an entry: their entry is judged. */
  judged: number;
  /** Of the judged marks, those that give the key's entry. */
  rightEntry: number;
  /** Marks overlapping only gold spans whose key the glossary has no entry for (glossary gaps, not wrong). */
  gaps: number;
  /** Keys of the scored gold spans that keys.json does not list yet. */
  unmapped: Set<string>;
  /** Judged marks with another entry: the key, the entry it should be, the entry given, the marked text. */
  wrongEntries: Array<{ key: string; want: string; got: string; text: string }>;
  /** The gap marks: the key with no entry, the entry given instead (often a broader one), the marked text. */
  gapMarks: Array<{ key: string; got: string; text: string }>;
  /** Marks over no annotated span, or over a trap: the entry given, the marked text, whether a trap was hit. */
  strayMarks: Array<{ got: string; text: string; trap: boolean }>;
  /** Gold spans no mark overlaps: the key, its category, the entry it maps to (null: a glossary gap), the text. */
  missed: Array<{ key: string; cat: string; entry: string | null | undefined; text: string }>;
}

export function emptyScore(): RealScore {
  return {
    texts: 0,
    gold: 0,
    found: 0,
    hit: 0,
    right: 0,
    trapsMarked: 0,
    byCategory: {},
    judged: 0,
    rightEntry: 0,
    gaps: 0,
    unmapped: new Set(),
    wrongEntries: [],
    gapMarks: [],
    strayMarks: [],
    missed: [],
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Scores marks against gold spans by overlap (span boundaries differ between annotators and the matcher: "the
 * Cybersecurity Law" or "Cybersecurity Law"), and each mark's entry against the entry its gold span's key maps to.
 * A mark over two spans (a law inside a longer title) is right when it gives either one's entry.
 */
export function scoreReal(
  gold: readonly GoldSpan[],
  marks: ReadonlyArray<{ start: number; end: number; id: string; text?: string }>,
  keys: KeyMap,
  into: RealScore,
): void {
  into.texts++;
  for (const g of gold) {
    if (g.cat === 'trap') continue;
    if (!(g.key in keys)) into.unmapped.add(g.key);
    const c = (into.byCategory[g.cat] ??= { gold: 0, hit: 0 });
    c.gold++;
    into.gold++;
    if (marks.some((m) => overlaps(m, g))) {
      c.hit++;
      into.hit++;
    } else into.missed.push({ key: g.key, cat: g.cat, entry: keys[g.key], text: g.text ?? '' });
  }
  for (const m of marks) {
    into.found++;
    const under = gold.filter((g) => g.cat !== 'trap' && overlaps(m, g));
    if (under.length) {
      into.right++;
      const judged = under.filter((g) => typeof keys[g.key] === 'string');
      if (judged.length) {
        into.judged++;
        if (judged.some((g) => keys[g.key] === m.id)) into.rightEntry++;
        else
          into.wrongEntries.push({
            key: judged[0].key,
            want: keys[judged[0].key] as string,
            got: m.id,
            text: m.text ?? '',
          });
      } else {
        const gap = under.find((g) => keys[g.key] === null);
        if (gap) {
          into.gaps++;
          into.gapMarks.push({ key: gap.key, got: m.id, text: m.text ?? '' });
        }
      }
    } else {
      const trap = gold.some((g) => g.cat === 'trap' && overlaps(m, g));
      if (trap) into.trapsMarked++;
      into.strayMarks.push({ got: m.id, text: m.text ?? '', trap });
    }
  }
}
