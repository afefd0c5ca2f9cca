/**
 * Reads a page's text as runs: the text of consecutive text nodes under the same block, joined, so that
 * "Cyberspace <em>Administration</em> of China" is one string the matcher can see whole (after Yomitan's
 * dom-text-scanner.js, which also treats inline elements as transparent). A block boundary ends a run.
 *
 * Block-ness is decided by tag name rather than computed style: getComputedStyle on every ancestor would force
 * style recalculation across a large page, and tag names are right for the text people read.
 *
 * Runs are produced lazily (a generator) so that the scanner can stop after a time budget and resume later.
 */
import { INLINE_TAGS, SKIPPED_TAGS } from '../../lib/html-text';

export interface TextRun {
  /** The joined text of `nodes`. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's text starts. */
  starts: number[];
  /** The nearest non-inline ancestor: the unit that is rescanned when its text changes. */
  block: Node;
}

/** Class names of code editors, whose text is the reader's own work, not reading matter. */
const EDITOR_CLASS = /(?:^|\s)(?:cm-editor|CodeMirror|monaco-editor|ace_editor|ProseMirror)(?:\s|$)/;

/**
 * Whether an element's subtree is never read. Attributes only, no `isContentEditable`: that getter can consult
 * style, and this runs for every element of the page. Descendants of an editable root are skipped with it.
 */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.nodeName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const cls = element.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

export function isInline(node: Node): boolean {
  return INLINE_TAGS.has(node.nodeName.toUpperCase());
}

/** The block a node's text belongs to: its nearest ancestor that is not an inline element (or `root`). */
export function blockOf(node: Node, root: Node): Node {
  let parent = node.parentNode;
  while (parent && parent !== root && isInline(parent)) parent = parent.parentNode;
  return parent ?? root;
}

/** Whether `node` or an ancestor up to `root` is never scanned. */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode; n && n !== root; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element)) return true;
  }
  return false;
}

/**
 * The runs of text under `root`, in document order, starting at `from` (a node inside root) when given. Open shadow
 * roots met on the way are reported to `onShadowRoot` rather than read inline, so the caller can scan them as roots.
 */
export function* walkRuns(root: Node, options: { from?: Node; onShadowRoot?: (shadow: ShadowRoot) => void } = {}): Generator<TextRun> {
  const doc = root.ownerDocument ?? (root as Document);
  // The root itself may be editable: an editor frame's <body contenteditable> or a designMode document (as iframe
  // rich-text editors make them), or a block that just became an editor. Below, only descendants are checked.
  // (Found by the corpus's editors page.)
  if (doc.designMode === 'on' || (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element))) return;
  // No NodeFilter callback: calling into script for every node of a large page cost more than the reading itself
  // (profiled on a 5 MB page). Skipped subtrees are stepped over by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: TextRun | null = null;
  let currentBlock: Node | null = null;
  const blocks = new Map<Node, Node>();
  const skipSubtree = (element: Element): Node | null => {
    walker.currentNode = element;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent || parent === root) return null;
    }
  };
  if (options.from) walker.currentNode = options.from;
  let node: Node | null = options.from?.nodeType === Node.TEXT_NODE ? options.from : walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        node = skipSubtree(element);
        continue;
      }
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      // A block element (or <br>, <img>) starts: what follows is a new run.
      if (!isInline(element)) {
        if (current && /\S/.test(current.text)) yield current;
        current = null;
      }
      node = walker.nextNode();
      continue;
    }
    const text = (node as Text).data;
    if (text) {
      const parent = node.parentNode!;
      let block = blocks.get(parent);
      if (!block) blocks.set(parent, (block = blockOf(node, root)));
      if (block !== currentBlock) {
        if (current && /\S/.test(current.text)) yield current;
        current = null;
      }
      currentBlock = block;
      current ??= { text: '', nodes: [], starts: [], block };
      current.starts.push(current.text.length);
      current.nodes.push(node as Text);
      current.text += text;
    }
    node = walker.nextNode();
  }
  if (current && /\S/.test(current.text)) yield current;
}

/** The node (and its index in the run) and offset in it of a run offset; `end` picks the earlier node at a boundary. */
export function locate(run: TextRun, offset: number, end: boolean): { node: Text; index: number; offset: number } {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.starts[mid] < offset || (!end && run.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: run.nodes[lo], index: lo, offset: offset - run.starts[lo] };
}
