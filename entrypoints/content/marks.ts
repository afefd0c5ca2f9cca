/**
 * The marks on a page: every match with its DOM Range, grouped by the block its text is in (the unit of rescanning),
 * and indexed per text node for hit-testing. Matches come and go as the page changes.
 */
import { HIT_TOLERANCE_PX } from '../../lib/constants';
import type { Match } from '../../glossary/matcher';
import { locate, type TextRun } from './text-runs';

export interface Mark extends Match {
  id: number;
  range: Range;
  block: Node;
  ambiguous: boolean;
  /** The text nodes the mark spans, whose hit-test spans it owns. */
  nodes: Text[];
}

interface Span {
  start: number;
  end: number;
  mark: Mark;
}

export interface Hit {
  mark: Mark;
  /** The rectangle of the mark's line box under the pointer (a term that wraps has several). */
  rect: DOMRect;
}

export class MarkStore {
  private nextId = 1;
  private readonly marks = new Map<number, Mark>();
  private readonly byBlock = new Map<Node, Set<Mark>>();
  /** Per text node, the node-local spans of the marks in it, in text order. */
  private readonly spans = new WeakMap<Text, Span[]>();
  private unambiguous = 0;

  get size(): number {
    return this.marks.size;
  }

  all(): IterableIterator<Mark> {
    return this.marks.values();
  }

  inBlock(block: Node): ReadonlySet<Mark> | undefined {
    return this.byBlock.get(block);
  }

  /** Adds the matches of one run. */
  add(run: TextRun, matches: readonly Match[], ambiguous: (m: Match) => boolean, doc: Document): Mark[] {
    const added: Mark[] = [];
    for (const m of matches) {
      const from = locate(run, m.start, false);
      const to = locate(run, m.end, true);
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const mark: Mark = { start: m.start, end: m.end, surface: m.surface, entry: m.entry, id: this.nextId++, range, block: run.block, ambiguous: ambiguous(m), nodes: [] };
      this.marks.set(mark.id, mark);
      if (!mark.ambiguous) this.unambiguous++;
      let set = this.byBlock.get(run.block);
      if (!set) this.byBlock.set(run.block, (set = new Set()));
      set.add(mark);
      for (let i = from.index; i <= to.index; i++) {
        const node = run.nodes[i];
        const nodeStart = run.starts[i];
        const span = { start: Math.max(0, m.start - nodeStart), end: Math.min(nodeStart + node.data.length, m.end) - nodeStart, mark };
        let list = this.spans.get(node);
        if (!list) this.spans.set(node, (list = []));
        insertSorted(list, span);
        mark.nodes.push(node);
      }
      added.push(mark);
    }
    return added;
  }

  /** Removes every mark whose block is `node` or inside it; returns them. */
  removeWithin(node: Node): Mark[] {
    const removed: Mark[] = [];
    for (const [block, set] of this.byBlock) {
      if (block !== node && !node.contains(block)) continue;
      for (const mark of set) removed.push(this.drop(mark));
      this.byBlock.delete(block);
    }
    return removed;
  }

  /** Removes marks whose text has left the document (a live Range collapses when its nodes are removed). */
  prune(): Mark[] {
    const removed: Mark[] = [];
    for (const mark of this.marks.values()) {
      if (mark.range.collapsed || !mark.range.startContainer.isConnected) {
        removed.push(this.drop(mark));
        const set = this.byBlock.get(mark.block);
        set?.delete(mark);
        if (set && !set.size) this.byBlock.delete(mark.block);
      }
    }
    return removed;
  }

  private drop(mark: Mark): Mark {
    this.marks.delete(mark.id);
    for (const node of mark.nodes) {
      const list = this.spans.get(node);
      if (list) this.spans.set(node, list.filter((s) => s.mark !== mark));
    }
    if (!mark.ambiguous) this.unambiguous--;
    return mark;
  }

  /**
   * Whether a mark is shown. An ambiguous surface ("CAC") counts only on a page that also names a China term
   * unambiguously, which can change as the page changes, so it is decided when asked rather than when matched.
   */
  shows(mark: Mark): boolean {
    return !mark.ambiguous || this.unambiguous > 0;
  }

  /** The mark under a caret position, confirmed against its rectangles (the caret snaps to the nearest character). */
  at(node: Node, offset: number, x: number, y: number): Hit | undefined {
    const list = this.spans.get(node as Text);
    if (!list) return undefined;
    // The last span starting at or before the caret, and the one before it: over the right half of a term's last
    // character the caret is at its end, which may also be where the next term starts.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (const i of [found, found - 1]) {
      const span = list[i];
      if (!span || offset > span.end || !this.shows(span.mark)) continue;
      const rect = rectUnder(span.mark.range, x, y);
      if (rect) return { mark: span.mark, rect };
    }
    return undefined;
  }
}

function insertSorted(list: Span[], span: Span): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > span.start) i--;
  list.splice(i, 0, span);
}

function rectUnder(range: Range, x: number, y: number): DOMRect | undefined {
  const t = HIT_TOLERANCE_PX;
  for (const r of range.getClientRects()) {
    if (x >= r.left - t && x <= r.right + t && y >= r.top - t && y <= r.bottom + t) return r;
  }
  return undefined;
}
