/**
 * The coverage report's arithmetic: which candidates (eval/coverage-candidates.ts) the matcher marks in a file, whether
 * a file is legal text or news, and the tallies per kind of text and category, with the most frequent unmarked names.
 */
import type { Matcher } from '../matching/matcher';
import { matchDocument } from '../text/document';
import { CANDIDATE_CATEGORIES, findCandidates, type Candidate, type CandidateCategory } from './coverage-candidates';

/** A candidate counts as marked when marks cover this share of it. */
const MARKED_SHARE = 0.8;

export type TextKind = 'legal' | 'news';

/** Whether the marks (sorted by start or not) cover at least MARKED_SHARE of [start, end). */
export function isMarked(
  candidate: { start: number; end: number },
  marks: ReadonlyArray<{ start: number; end: number }>,
) {
  const { start, end } = candidate;
  const spans = marks
    .filter((m) => m.start < end && start < m.end)
    .map((m) => [Math.max(m.start, start), Math.min(m.end, end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = start;
  for (const [from, to] of spans) {
    if (to <= reached) continue;
    covered += to - Math.max(from, reached);
    reached = to;
  }
  return covered >= MARKED_SHARE * (end - start);
}

const LEGAL_DIR = /^(?:legal|laws?|regulations|法律法规)$/i;
const NEWS_DIR = /^(?:news|articles?)$/i;
const DOCUMENT_TITLE =
  /(?:法|条例|條例|规定|規定|办法|辦法|细则|細則|决定|決定|解释|解釋|规则|規則)(?:[（(][^（）()]*[）)])*$/;
const ARTICLE = /第[一二三四五六七八九十百千零〇\d]+条|第[一二三四五六七八九十百千零〇\d]+條/g;

/**
 * Legal text or news: a folder on the path named for one says so (corpus/legal/…, corpus/news/…); otherwise a file
 * whose first line is a law's title, or that has articles (第X条) throughout, is legal.
 */
export function textKind(path: string, text: string): TextKind {
  for (const part of path.split(/[\\/]/).reverse()) {
    if (LEGAL_DIR.test(part)) return 'legal';
    if (NEWS_DIR.test(part)) return 'news';
  }
  const firstLine =
    text
      .split('\n')
      .map((l) => l.replace(/^[#\s]+|\s+$/g, ''))
      .find((l) => l !== '') ?? '';
  if (firstLine.length <= 60 && DOCUMENT_TITLE.test(firstLine)) return 'legal';
  return (text.match(ARTICLE)?.length ?? 0) >= 5 ? 'legal' : 'news';
}

export interface FileCoverage {
  kind: TextKind;
  /** `byKind`: marked, but only by a document kind's mark (a title the glossary does not hold). */
  candidates: Array<Candidate & { text: string; marked: boolean; byKind: boolean }>;
}

/**
 * One file's candidates, each with what the text says there and whether the matcher marks it; `isKind` tells the
 * entries that are kinds of document, whose marks answer for titles the glossary does not hold.
 */
export function fileCoverage(
  path: string,
  content: string,
  matcher: Matcher,
  formulations: RegExp,
  isKind: (entry: number) => boolean = () => false,
): FileCoverage {
  const { text, matches } = matchDocument(path, content, matcher);
  const marks = [...matches].sort((a, b) => a.start - b.start);
  const candidates = findCandidates(text, formulations).map((c) => {
    const near = nearby(marks, c.start, c.end);
    const marked = isMarked(c, near);
    return {
      ...c,
      text: text.slice(c.start, c.end),
      marked,
      byKind:
        marked &&
        !isMarked(
          c,
          near.filter((m) => !isKind(m.entry)),
        ),
    };
  });
  return { kind: textKind(path, text), candidates };
}

/** The marks that may overlap [start, end), by binary search over marks sorted by start (marks are short). */
function nearby<T extends { start: number; end: number }>(marks: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].start < start - 200) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < marks.length && marks[i].start < end; i++) if (marks[i].end > start) out.push(marks[i]);
  return out;
}

type Script = 'zh' | 'en';
const scriptOf = (text: string): Script => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

export interface CategoryTally {
  mentions: number;
  marked: number;
  /** Of the marked, those marked only by a document kind (a title the glossary does not hold). */
  byKind: number;
  share: number | null;
  /** The same, for Chinese and for English mentions. */
  byScript: Record<Script, { mentions: number; marked: number }>;
  /** Most frequent unmarked names: key, count, and the form the text used most. */
  topUnmarked: Array<{ key: string; count: number; example: string }>;
}

export interface KindTally {
  files: number;
  bytes: number;
  categories: Record<CandidateCategory, CategoryTally>;
}

/** Adds up files' coverage by kind of text and category; `top` unmarked names per category. */
export class CoverageTally {
  private readonly kinds = new Map<
    TextKind,
    { files: number; bytes: number; counts: Map<string, { mentions: number; marked: number; byKind: number }> }
  >();
  private readonly unmarked = new Map<string, { count: number; forms: Map<string, number> }>();

  add(file: FileCoverage, bytes: number): void {
    let kind = this.kinds.get(file.kind);
    if (!kind) {
      kind = { files: 0, bytes: 0, counts: new Map() };
      this.kinds.set(file.kind, kind);
    }
    kind.files++;
    kind.bytes += bytes;
    for (const c of file.candidates) {
      for (const id of [c.category, `${c.category}\t${scriptOf(c.text)}`]) {
        const count = kind.counts.get(id) ?? { mentions: 0, marked: 0, byKind: 0 };
        count.mentions++;
        if (c.marked) count.marked++;
        if (c.byKind) count.byKind++;
        kind.counts.set(id, count);
      }
      if (c.marked) continue;
      const id = `${file.kind}\t${c.category}\t${c.key}`;
      const entry = this.unmarked.get(id) ?? { count: 0, forms: new Map() };
      entry.count++;
      entry.forms.set(c.text, (entry.forms.get(c.text) ?? 0) + 1);
      this.unmarked.set(id, entry);
    }
  }

  result(top: number): Partial<Record<TextKind, KindTally>> {
    const out: Partial<Record<TextKind, KindTally>> = {};
    for (const [kind, { files, bytes, counts }] of this.kinds) {
      const categories = {} as Record<CandidateCategory, CategoryTally>;
      const none = { mentions: 0, marked: 0, byKind: 0 };
      for (const category of CANDIDATE_CATEGORIES) {
        const { mentions, marked, byKind } = counts.get(category) ?? none;
        categories[category] = {
          mentions,
          marked,
          byKind,
          share: mentions ? marked / mentions : null,
          byScript: { zh: counts.get(`${category}\tzh`) ?? none, en: counts.get(`${category}\ten`) ?? none },
          topUnmarked: this.top(kind, category, top),
        };
      }
      out[kind] = { files, bytes, categories };
    }
    return out;
  }

  private top(kind: TextKind, category: CandidateCategory, n: number): CategoryTally['topUnmarked'] {
    const prefix = `${kind}\t${category}\t`;
    return [...this.unmarked]
      .filter(([id]) => id.startsWith(prefix))
      .map(([id, { count, forms }]) => ({
        key: id.slice(prefix.length),
        count,
        example: [...forms].sort((a, b) => b[1] - a[1])[0][0],
      }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, n);
  }
}
