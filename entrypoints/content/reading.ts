/**
 * Reads a page's text as runs: consecutive text nodes under the same block, so that "Cyberspace
 * <em>Administration</em> of China" is one piece of text the matcher can see whole (after Yomitan's
 * dom-text-scanner.js, which also treats inline elements as transparent). A block boundary ends a run.
 *
 * Block-ness is decided by tag name rather than computed style: getComputedStyle on every ancestor would force
 * style recalculation across a large page, and tag names are right for the text people read.
 *
 * A run is the list of its nodes and their texts, never one joined string: the matcher reads the parts in turn
 * (Matcher.scan). A block holding only text and inline elements (most paragraphs, list items and headings) is read
 * whole instead, by one `textContent`, and its nodes are not visited at all: in a content script's isolated world
 * every node touched costs a wrapper of that world's own, and on the 5 MB bench page visiting 56,000 elements and
 * 108,000 text nodes one by one took longer than matching their text. Which node a match falls in is worked out
 * later, for the few marks that need a Range (MarkStore).
 *
 * The reader is resumable, one run per `next()`, so that the scanner can stop after a time budget and go on later,
 * and it reuses its arrays from run to run: on a 5 MB page an object, a joined string and two arrays per run were a
 * large share of the scan's garbage.
 */
import { MATCH_RUN_MAX_CHARS } from '../../platform/constants';
import { INLINE_TAGS, SKIPPED_TAGS } from '../../text/html-text';

/** Class names of code editors, whose text is the reader's own work, not reading matter. */
const EDITOR_CLASS = /(?:^|\s)(?:cm-editor|CodeMirror|monaco-editor|ace_editor|ProseMirror)(?:\s|$)/;

/**
 * The inline tags, those most common in running text first: Chromium tests a `:not()` list in order and stops at the
 * first that matches, so the common ones first make `readsWhole`'s query cheaper (docs/performance.md).
 */
function inlineTagsCommonFirst(): string[] {
  const all = [...INLINE_TAGS].map((t) => t.toLowerCase());
  const common = ['span', 'a', 'em', 'strong', 'b', 'i'].filter((t) => all.includes(t));
  return [...common, ...all.filter((t) => !common.includes(t))];
}

/**
 * What a block read whole may not contain: anything but inline elements (a nested block, a <br>, a skipped element
 * such as <rt> or <textarea>, a custom element), an editable part or a code editor. Deliberately broad: a block it
 * matches is read node by node, which is always right, only slower.
 */
const NOT_WHOLE = [
  `:not(${inlineTagsCommonFirst().join(',')})`,
  '[contenteditable]',
  '.cm-editor',
  '.CodeMirror',
  '.monaco-editor',
  '.ace_editor',
  '.ProseMirror',
].join(',');

/**
 * Whether a block element can be read whole. Its descendants are checked by one native query, without a wrapper
 * for any of them. An inline element hosting a shadow root inside it is not seen (no selector finds one); hosts are
 * almost always custom elements, which the query does see.
 */
function readsWhole(element: Element): boolean {
  // No child element (a paragraph of plain text): nothing to look for.
  return element.hasChildNodes() && (element.childElementCount === 0 || element.querySelector(NOT_WHOLE) === null);
}

const BLOCK = 0;
const INLINE = 1;
const SKIPPED = 2;
/** Kind of element by node name, filled as names are met: one map look-up per element, no case conversion. */
const kinds = new Map<string, number>();

function kindOf(name: string): number {
  let kind = kinds.get(name);
  if (kind === undefined) {
    const upper = name.toUpperCase();
    kind = SKIPPED_TAGS.has(upper) ? SKIPPED : INLINE_TAGS.has(upper) ? INLINE : BLOCK;
    kinds.set(name, kind);
  }
  return kind;
}

/** Whether attributes make an element's subtree unread: an editable root, a code editor. */
function skippedByAttributes(element: Element): boolean {
  // Most elements have no attributes at all: one call answers for them.
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const cls = element.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

/**
 * Whether an element's subtree is never read. Attributes only, no `isContentEditable`: that getter can consult
 * style, and this runs for every element of the page. Descendants of an editable root are skipped with it.
 */
export function isSkipped(element: Element): boolean {
  return kindOf(element.nodeName) === SKIPPED || skippedByAttributes(element);
}

export function isInline(node: Node): boolean {
  return kindOf(node.nodeName) === INLINE;
}

/** The block a node's text belongs to: its nearest ancestor that is not an inline element (or `root`). */
export function blockOf(node: Node, root: Node | null): Node {
  let parent = node.parentNode;
  while (parent && parent !== root && isInline(parent)) parent = parent.parentNode;
  return parent ?? root ?? node;
}

/** Whether `node` or an ancestor up to `root` is never scanned. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (
    let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
    n && n !== root;
    n = n.parentNode
  ) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

export interface RunOptions {
  /** A node inside the root to start at. */
  from?: Node;
  /** Open shadow roots met on the way are reported here rather than read inline, so they can be scanned as roots. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
}

/**
 * The runs of text under a root, in document order. After `next()` returns true, the current run is `count` text
 * nodes in `nodes`, their texts in `texts` and where each starts in the run's text in `starts`, all valid until the
 * next call. A run never starts with a text node of white space only.
 */
export class RunReader {
  readonly nodes: Text[] = [];
  readonly texts: string[] = [];
  starts = new Int32Array(64);
  count = 0;
  /** The nearest non-inline ancestor: the unit that is rescanned when its text changes. */
  block: Node | null = null;
  /**
   * Set when the run is a block read whole: then `texts[0]` is its text, `count` is 1 and `nodes` is not filled
   * (offsets in the run are offsets in the block's text).
   */
  whole: Element | null = null;
  private readonly walker: TreeWalker;
  private pending: Node | null;
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  constructor(
    private readonly root: Node,
    private readonly options: RunOptions = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // No NodeFilter callback: calling into script for every node of a large page cost more than the reading itself
    // (profiled on a 5 MB page). Skipped subtrees are stepped over by hand instead.
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const from = options.from;
    if (from) this.walker.currentNode = from;
    this.pending = from?.nodeType === Node.TEXT_NODE ? from : this.walker.nextNode();
    // The root itself may be editable: an editor frame's <body contenteditable> or a designMode document (as iframe
    // rich-text editors make them), or a block that just became an editor. Below, only descendants are checked.
    // (Found by the corpus's editors page.)
    if (doc.designMode === 'on' || (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)))
      this.pending = null;
  }

  /** Reads the next run; false when the text under the root is all read. */
  next(): boolean {
    this.count = 0;
    this.block = null;
    this.whole = null;
    const walker = this.walker;
    const onShadowRoot = this.options.onShadowRoot;
    let node = this.pending;
    while (node) {
      if (node.nodeType !== Node.TEXT_NODE) {
        const element = node as Element;
        const kind = kindOf(element.nodeName);
        if (kind === SKIPPED || skippedByAttributes(element)) {
          node = this.skipSubtree(element);
          continue;
        }
        // A block element (or <br>, <img>) starts: the run so far ends here, and the element is taken up again on
        // the next call.
        if (kind !== INLINE && this.count) return this.hold(element);
        if (onShadowRoot) {
          const shadow = element.shadowRoot;
          if (shadow) onShadowRoot(shadow);
        }
        if (kind === BLOCK && readsWhole(element)) {
          const text = element.textContent!;
          // A huge block is read node by node instead, to be cut between nodes (below).
          if (text.length <= MATCH_RUN_MAX_CHARS) {
            const after = this.skipSubtree(element);
            if (blank(text)) {
              node = after;
              continue;
            }
            this.whole = element;
            this.block = element;
            this.count = 1;
            this.starts[0] = 0;
            this.starts[1] = text.length;
            this.texts[0] = text;
            return this.hold(after);
          }
        }
        node = walker.nextNode();
        continue;
      }
      const text = (node as Text).data;
      // White space alone does not start a run (the line breaks between a page's blocks: on the 5 MB bench page,
      // half the runs were these, each a call of the matcher for nothing); inside a run it is kept.
      if (text.length && (this.count || !blank(text))) {
        const parent = node.parentNode!;
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          this.lastBlock = isInline(parent) ? blockOf(node, this.root) : parent;
        }
        if (this.lastBlock !== this.block && this.count) return this.hold(node);
        // A block with a huge text (a 5 MB <pre>, a table of a million cells flattened) is cut into runs of at most
        // MATCH_RUN_MAX_CHARS at a node boundary, so that one call of the matcher stays inside a slice; a term
        // that straddles the cut is missed.
        if (this.count && this.starts[this.count] + text.length > MATCH_RUN_MAX_CHARS) return this.hold(node);
        this.block = this.lastBlock;
        this.push(node as Text, text);
      }
      node = walker.nextNode();
    }
    this.pending = null;
    return this.count > 0;
  }

  /** The first node of the current run's text (the block, when it is read whole), for placing the run. */
  firstNode(): Node {
    return this.whole ?? this.nodes[0];
  }

  /** Ends the current run; `node` is where the next one starts. */
  private hold(node: Node | null): true {
    this.pending = node;
    return true;
  }

  private push(node: Text, text: string): void {
    const i = this.count++;
    if (i + 1 >= this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    if (i === 0) this.starts[0] = 0;
    this.starts[i + 1] = this.starts[i] + text.length;
    this.nodes[i] = node;
    this.texts[i] = text;
  }

  private skipSubtree(element: Element): Node | null {
    const walker = this.walker;
    walker.currentNode = element;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent || parent === this.root) return null;
    }
  }
}

/** Whether a text is only ASCII white space (what separates blocks in HTML source); other spaces count as text. */
function blank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/**
 * Which of a run's `count` nodes, starting at the offsets `starts` (as RunReader.starts), holds run offset `offset`,
 * from node `hint` on (offsets are looked up in increasing order): `end` picks the earlier node at a boundary between
 * two, and a start the later one.
 */
export function nodeAt(starts: ArrayLike<number>, count: number, offset: number, end: boolean, hint: number): number {
  let i = hint;
  if (end) while (i + 1 < count && starts[i + 1] < offset) i++;
  else while (i + 1 < count && starts[i + 1] <= offset) i++;
  return i;
}
