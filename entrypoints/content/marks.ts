/**
 * The marks on a page: every match, grouped by the block its text is in (the unit of rescanning). Matches come and
 * go as the page changes.
 *
 * A mark is a row of parallel arrays (struct of arrays), not an object with a live DOM Range: on a 5 MB page
 * (36,600 marks) the objects, Ranges, per-node span lists and per-block Sets were most of the scan's garbage
 * collection, and every live Range is also updated by the browser on every change to the document. A Range is made
 * when one is needed (registering a highlight near the viewport, hit-testing, the card), and `Mark` objects only
 * for the few marks handed out (cached, so that the same mark is the same object).
 *
 * A mark found in a block read whole (RunReader.whole) first knows only its offsets in the block's text: its start
 * and end nodes are found when something first needs them (`resolve`), for all the block's marks in one pass. Most
 * marks of a long page are never resolved at all, since a Range is needed only near the viewport or under the pointer.
 */
import { CHINA, LAW_TEXT, namesChina, shownIn } from '../../matching/context';
import type { MatchList } from '../../matching/match-list';
import { blockOf, nodeAt, type RunReader } from './reading';

export interface Mark {
  id: number;
  surface: number;
  entry: number;
  block: Node;
  ambiguous: boolean;
  /** A live Range over the mark's text, made on first use. */
  readonly range: Range;
}

export class MarkStore {
  // One row per mark id; a dropped mark's id goes on `free` and is used again. A mark not yet resolved has no start
  // and end node here, and its offsets are in its block's text. Nodes are kept in maps, and a mark's block as a row
  // number, rather than in arrays of references with a slot per mark: most marks sit in blocks read whole and need no
  // node of their own, so this holds less heap (docs/performance.md).
  private readonly startNode = new Map<number, Text>();
  private readonly endNode = new Map<number, Text>();
  /** The row of the mark's block in `blocks`. */
  private blockOfMark = new Int32Array(256);
  private startOffset = new Int32Array(256);
  private endOffset = new Int32Array(256);
  private surface = new Int32Array(256);
  private entryOf = new Int32Array(256);
  /** The previous mark of the same block, or -1: each block's marks are a chain from `lastInBlock`. */
  private prevInBlock = new Int32Array(256);
  private alive = new Uint8Array(256);
  /** What the mark's paragraph says (`MatchList.flags`): China (`Match.china`), a law's text (`Match.law`). */
  private flags = new Uint8Array(256);
  private rows = 0;
  private free: number[] = [];
  // One row per block with marks; a row freed when its block loses its last mark is used again.
  private readonly blockRow = new Map<Node, number>();
  private blocks: (Node | null)[] = [];
  /** The block's last mark: the head of its chain (`prevInBlock`). */
  private lastInBlock = new Int32Array(64);
  private freeBlocks: number[] = [];
  private readonly ranges = new Map<number, Range>();
  private readonly views = new Map<number, Mark>();
  private live = 0;
  private unambiguous = 0;
  private lawText = 0;

  /**
   * `ambiguous`: per surface, whether it is marked only on a page that also names a China term unambiguously;
   * `lawOnly`: whether it is marked only on a page where a paragraph of a law's text has one (matching/context.ts).
   */
  constructor(
    private readonly doc: Document,
    private readonly ambiguous: (surface: number) => boolean,
    private readonly lawOnly: (surface: number) => boolean = () => false,
  ) {}

  get size(): number {
    return this.live;
  }

  /** Ids of the marks on the page, in no particular order. */
  ids(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.rows; id++) if (this.alive[id]) out.push(id);
    return out;
  }

  entry(id: number): number {
    return this.entryOf[id];
  }

  hasBlock(block: Node): boolean {
    return this.blockRow.has(block);
  }

  /** Ids of the marks of one block, in the order they were found. */
  inBlock(block: Node): number[] {
    const out: number[] = [];
    const row = this.blockRow.get(block);
    if (row === undefined) return out;
    for (let id = this.lastInBlock[row]; id >= 0; id = this.prevInBlock[id]) out.push(id);
    return out.reverse();
  }

  /** Adds the matches of the reader's current run. */
  add(run: RunReader, matches: MatchList): void {
    // No row for a block without marks: `hasBlock` would report it.
    if (!matches.count) return;
    const whole = run.whole !== null;
    let hint = 0;
    // The block's row is looked up once per run, not per mark: two Map operations per mark were a visible share of
    // the 5 MB bench page's scan.
    const row = this.blockRowOf(run.block!);
    let prev = this.lastInBlock[row];
    for (let m = 0; m < matches.count; m++) {
      const id = this.row();
      if (whole) {
        this.startOffset[id] = matches.start[m];
        this.endOffset[id] = matches.end[m];
      } else {
        const from = (hint = nodeAt(run.starts, run.count, matches.start[m], false, hint));
        const to = nodeAt(run.starts, run.count, matches.end[m], true, from);
        this.startNode.set(id, run.nodes[from]);
        this.startOffset[id] = matches.start[m] - run.starts[from];
        this.endNode.set(id, run.nodes[to]);
        this.endOffset[id] = matches.end[m] - run.starts[to];
      }
      this.surface[id] = matches.surface[m];
      this.entryOf[id] = matches.entry[m];
      this.blockOfMark[id] = row;
      this.prevInBlock[id] = prev;
      prev = id;
      this.alive[id] = 1;
      this.flags[id] = matches.flags[m];
      this.live++;
      this.count(id, 1);
    }
    this.lastInBlock[row] = prev;
  }

  /**
   * Finds the start and end nodes of a block's marks from their offsets in the block's text, when the block was read
   * whole: the block's text nodes are walked once, with the same choice at a boundary between two nodes as for a
   * run read node by node (a start goes to the later node, an end to the earlier). If the text changed since (a
   * rescan is pending), the offsets are kept inside the nodes and the rescan puts things right.
   */
  private resolve(id: number): void {
    if (this.startNode.has(id)) return;
    const block = this.markBlock(id);
    const nodes: Text[] = [];
    const starts: number[] = [0];
    const walker = this.doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (!n.length) continue;
      nodes.push(n);
      starts.push(starts[starts.length - 1] + n.length);
    }
    if (!nodes.length) nodes.push(this.doc.createTextNode(''));
    for (const mark of this.inBlock(block)) {
      if (this.startNode.has(mark)) continue;
      const i = nodeAt(starts, nodes.length, this.startOffset[mark], false, 0);
      const j = nodeAt(starts, nodes.length, this.endOffset[mark], true, i);
      this.startNode.set(mark, nodes[i]);
      this.startOffset[mark] -= starts[i];
      this.endNode.set(mark, nodes[j]);
      this.endOffset[mark] -= starts[j];
    }
  }

  /** The block a live mark was found in. */
  private markBlock(id: number): Node {
    return this.blocks[this.blockOfMark[id]]!;
  }

  /** The block's row, made (with an empty chain) if it has none. */
  private blockRowOf(block: Node): number {
    let row = this.blockRow.get(block);
    if (row !== undefined) return row;
    row = this.freeBlocks.pop();
    if (row === undefined) {
      row = this.blocks.length;
      this.blocks.push(block);
      if (row === this.lastInBlock.length) this.lastInBlock = grow(this.lastInBlock, row * 2);
    } else this.blocks[row] = block;
    this.lastInBlock[row] = -1;
    this.blockRow.set(block, row);
    return row;
  }

  private freeBlock(block: Node): void {
    const row = this.blockRow.get(block);
    if (row === undefined) return;
    this.blockRow.delete(block);
    this.blocks[row] = null;
    this.freeBlocks.push(row);
  }

  private row(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.rows === this.alive.length) {
      const n = this.rows * 2;
      this.startOffset = grow(this.startOffset, n);
      this.endOffset = grow(this.endOffset, n);
      this.surface = grow(this.surface, n);
      this.entryOf = grow(this.entryOf, n);
      this.prevInBlock = grow(this.prevInBlock, n);
      this.blockOfMark = grow(this.blockOfMark, n);
      const alive = new Uint8Array(n);
      alive.set(this.alive);
      this.alive = alive;
      const flags = new Uint8Array(n);
      flags.set(this.flags);
      this.flags = flags;
    }
    return this.rows++;
  }

  /** Removes every mark whose block is `node` or inside it; returns the blocks that had marks. */
  removeWithin(node: Node): Node[] {
    const blocks: Node[] = [];
    for (const block of this.blockRow.keys()) {
      if (block === node || node.contains(block)) blocks.push(block);
    }
    for (const block of blocks) for (const id of this.inBlock(block)) this.drop(id);
    for (const block of blocks) this.freeBlock(block);
    return blocks;
  }

  /**
   * Removes marks whose text has left the document or its block, or shrank under them (what collapses a live
   * Range); returns the blocks that lost marks.
   */
  prune(): Node[] {
    const blocks = new Set<Node>();
    for (let id = 0; id < this.rows; id++) {
      if (!this.alive[id]) continue;
      const start = this.startNode.get(id);
      const end = this.endNode.get(id);
      const block = this.markBlock(id);
      // A mark not yet resolved lives as long as its block: a change inside the block has it rescanned.
      if (start === undefined || end === undefined) {
        if (block.isConnected) continue;
      } else if (start.isConnected && end.isConnected && end.length >= this.endOffset[id] && block.contains(start))
        continue;
      blocks.add(block);
      this.drop(id);
    }
    // Rebuild the chains of the blocks that lost marks from their survivors.
    for (const block of blocks) {
      let last = -1;
      for (const id of this.inBlock(block)) {
        if (!this.alive[id]) continue;
        this.prevInBlock[id] = last;
        last = id;
      }
      if (last < 0) this.freeBlock(block);
      else this.lastInBlock[this.blockRow.get(block)!] = last;
    }
    return [...blocks];
  }

  /** Drops one mark; the caller fixes its block's chain. */
  private drop(id: number): void {
    if (!this.alive[id]) return;
    this.alive[id] = 0;
    this.live--;
    this.count(id, -1);
    this.startNode.delete(id);
    this.endNode.delete(id);
    this.ranges.delete(id);
    this.views.delete(id);
    this.free.push(id);
  }

  /**
   * Whether a mark is shown. An ambiguous surface ("CAC") counts only on a page that also names a China term
   * unambiguously, a law-only one (重伤) only on a page with one in a paragraph of a law's text; both can change as the
   * page changes, so it is decided when asked rather than when matched.
   */
  shows(id: number): boolean {
    const surface = this.surface[id];
    return (
      this.namesChina(id) || shownIn(this.ambiguous(surface), this.unambiguous, this.lawOnly(surface), this.lawText)
    );
  }

  private namesChina(id: number): boolean {
    const surface = this.surface[id];
    const flags = this.flags[id];
    return namesChina(this.ambiguous(surface), (flags & CHINA) !== 0, this.lawOnly(surface), (flags & LAW_TEXT) !== 0);
  }

  /** Adds (`by` 1) or takes away (-1) what a mark counts for: China named unambiguously, a law's text. */
  private count(id: number, by: number): void {
    if (this.namesChina(id)) this.unambiguous += by;
    if (this.flags[id] & LAW_TEXT) this.lawText += by;
  }

  /** The mark's live Range, made on first use and kept while the mark lives. */
  range(id: number): Range {
    let range = this.ranges.get(id);
    if (!range) this.ranges.set(id, (range = this.newRange(id)));
    return range;
  }

  /** A Range over the mark's text, not kept (for a one-off look at where it is). */
  newRange(id: number): Range {
    this.resolve(id);
    const range = this.doc.createRange();
    const start = this.startNode.get(id)!;
    const end = this.endNode.get(id)!;
    // The text may have changed since it was matched (a rescan is pending): stay inside the nodes.
    range.setStart(start, Math.min(this.startOffset[id], start.length));
    range.setEnd(end, Math.min(this.endOffset[id], end.length));
    return range;
  }

  /** The mark with this id as an object; the same object for as long as the mark lives. */
  mark(id: number): Mark {
    let view = this.views.get(id);
    if (!view) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the view object's getters read the store
      const store = this;
      // Once the mark is dropped its id may be reused: the object keeps the Range it last had (as a dropped mark
      // kept its collapsed live Range before), never the new mark's.
      let last: Range | undefined;
      const self: Mark = {
        id,
        surface: this.surface[id],
        entry: this.entryOf[id],
        block: this.markBlock(id),
        ambiguous: this.ambiguous(this.surface[id]),
        get range() {
          if (store.views.get(id) === self) last = store.range(id);
          return (last ??= store.doc.createRange());
        },
      };
      this.views.set(id, (view = self));
    }
    return view;
  }

  /** Whether a mark handed out earlier is still on the page. */
  holds(mark: Mark): boolean {
    return this.views.get(mark.id) === mark;
  }

  /** Whether `a` starts before `b` in the document. */
  before(a: number, b: number): boolean {
    const ba = this.markBlock(a);
    const bb = this.markBlock(b);
    // Marks of two separate blocks are in their blocks' order, with no need to find their nodes; a block inside
    // another (text around a nested block) needs the nodes.
    if (ba !== bb && !ba.contains(bb) && !bb.contains(ba))
      return !!(ba.compareDocumentPosition(bb) & Node.DOCUMENT_POSITION_FOLLOWING);
    this.resolve(a);
    this.resolve(b);
    const na = this.startNode.get(a)!;
    const nb = this.startNode.get(b)!;
    if (na === nb) return this.startOffset[a] < this.startOffset[b];
    return !!(na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING);
  }

  /**
   * The marks shown whose text holds a caret position, the later first: at most two, where one term ends and the
   * next begins (over the right half of a term's last character the caret is at its end, which may also be where the
   * next term starts).
   */
  holding(node: Node, offset: number): number[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    let later = -1;
    let earlier = -1;
    const ids = this.inBlock(blockOf(node, null));
    for (const id of ids) this.resolve(id);
    for (const id of ids) {
      const startsHere = this.startNode.get(id) === node;
      const endsHere = this.endNode.get(id) === node;
      let holds: boolean;
      if (startsHere || endsHere)
        holds = (!startsHere || offset >= this.startOffset[id]) && (!endsHere || offset <= this.endOffset[id]);
      else holds = this.startNode.get(id) !== this.endNode.get(id) && this.range(id).isPointInRange(node, offset);
      if (!holds) continue;
      const isLater =
        later < 0 ||
        (startsHere && (this.startNode.get(later) !== node || this.startOffset[later] < this.startOffset[id]));
      if (isLater) {
        earlier = later;
        later = id;
      } else earlier = id;
    }
    return [later, earlier].filter((id) => id >= 0 && this.shows(id));
  }
}

function grow(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
