/**
 * What `npm run scan` does to one file: its text (for HTML, the document's text content), cut into runs at block
 * boundaries as the content script does on a page (and a run longer than MATCH_RUN_MAX_CHARS into pieces), matched
 * with the same matcher. Offsets are UTF-16 code units of
 * that text. Pure apart from the HTML parser: testable without files.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import type { CompiledGlossary } from '../matching/model';
import { withContext } from '../matching/context';
import type { Match, Matcher } from '../matching/matcher';
import { SCAN_MAX_BYTES } from '../platform/constants';
import { INLINE_TAGS, SKIPPED_TAGS } from './html-text';
import { runPieces } from './long-runs';

export interface FileMatch {
  start: number;
  end: number;
  text: string;
  id: string;
  type: string;
  en: string;
  zh: string;
  /** The page the match is on (1 for the first), for a PDF. */
  page?: number;
}

/** A piece of the text in which a match may lie: [start, end) of the whole text. */
type Run = [number, number];

/** Why a file of `bytes` is not scanned, or undefined when it is small enough (SCAN_MAX_BYTES). */
export function tooLarge(bytes: number): string | undefined {
  if (bytes <= SCAN_MAX_BYTES) return undefined;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${mb(bytes)} is more than the ${mb(SCAN_MAX_BYTES)} the scanner reads (the whole file is held in memory): split it and scan the parts`;
}

function isHtml(name: string, content: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

/** The text content of an HTML document (outside script, style and the like) and its block runs. */
export function htmlText(html: string): { text: string; runs: Run[] } {
  const doc = parseDocument(html, { decodeEntities: true });
  let text = '';
  const runs: Run[] = [];
  let runStart = 0;
  const close = () => {
    if (text.length > runStart) runs.push([runStart, text.length]);
    runStart = text.length;
  };
  // Walked with a stack of our own, not by recursion: a document nested 10,000 deep (fuzzing found that `<b>` repeated
  // 7,000 times is enough) overflowed the call stack, and htmlparser2 itself builds such a tree without complaint.
  // `null` on the stack marks the end of a block element, where its run closes.
  const stack: Array<ChildNode | null> = [...doc.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null) close();
    else if (node.type === 'text') text += node.data;
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const name = node.name.toUpperCase();
      if (SKIPPED_TAGS.has(name)) continue;
      if (!INLINE_TAGS.has(name)) {
        close();
        stack.push(null);
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    } else if ('children' in node) {
      const children = node.children as ChildNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  close();
  return { text, runs };
}

/** Plain text: a blank line ends a run (a paragraph), a single line break does not (wrapped lines). */
export function plainText(content: string): { text: string; runs: Run[] } {
  const runs: Run[] = [];
  const breaks = /\n[ \t\r\f\v]*\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(content); m; m = breaks.exec(content)) {
    runs.push([start, m.index]);
    start = m.index + m[0].length;
  }
  runs.push([start, content.length]);
  return { text: content, runs };
}

/**
 * Every match in a file's text: its runs matched one by one, offsets moved into the whole text, and the context rule
 * for ambiguous surfaces applied over the whole document. The scanner, the eval and the glossary report share it.
 */
export function matchDocument(name: string, content: string, matcher: Matcher): { text: string; matches: Match[] } {
  const { text, runs } = isHtml(name, content) ? htmlText(content) : plainText(content);
  const found: Match[] = [];
  for (const [runFrom, runTo] of runs) {
    for (const [from, to] of runPieces(text, runFrom, runTo)) {
      for (const m of matcher.match(text.slice(from, to)))
        found.push({ ...m, start: m.start + from, end: m.end + from });
    }
  }
  return { text, matches: withContext(found, matcher.surfaces) };
}

export function scanContent(name: string, content: string, matcher: Matcher, glossary: CompiledGlossary): FileMatch[] {
  const { text, matches } = matchDocument(name, content, matcher);
  return matches.map((m) => {
    const e = glossary.entries[m.entry];
    return { start: m.start, end: m.end, text: text.slice(m.start, m.end), id: e.id, type: e.type, en: e.en, zh: e.zh };
  });
}

/** What separates one page of a PDF from the next in its text: a paragraph break, so that no match spans pages. */
export const PAGE_BREAK = '\n\n';

/**
 * The matches in a PDF's pages: exactly those of its text as a plain-text file (the pages joined by PAGE_BREAK), each
 * with the page it is on. Offsets are into that joined text.
 */
export function scanPages(pages: readonly string[], matcher: Matcher, glossary: CompiledGlossary): FileMatch[] {
  const ends: number[] = [];
  let at = 0;
  for (const page of pages) {
    at += page.length;
    ends.push(at);
    at += PAGE_BREAK.length;
  }
  let page = 0;
  return scanContent('pages.txt', pages.join(PAGE_BREAK), matcher, glossary).map((m) => {
    while (page < ends.length - 1 && m.start >= ends[page]) page++;
    return { ...m, page: page + 1 };
  });
}
