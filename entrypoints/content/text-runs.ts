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
const EDITOR_CLASSES = ['cm-editor', 'CodeMirror', 'monaco-editor', 'ace_editor', 'ProseMirror'];

export function isSkipped(element: Element): boolean {
  const name = element.nodeName.toUpperCase();
  if (SKIPPED_TAGS.has(name)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  const list = element.classList;
  return !!list && list.length > 0 && EDITOR_CLASSES.some((c) => list.contains(c));
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
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkipped(element)) return NodeFilter.FILTER_REJECT;
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      // Elements are visited only to see block boundaries.
      return isInline(element) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  if (options.from) walker.currentNode = options.from;
  let current: TextRun | null = null;
  let currentBlock: Node | null = null;
  const blocks = new Map<Node, Node>();
  for (let node = options.from && options.from.nodeType === Node.TEXT_NODE ? options.from : walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      // A block element (or <br>, <img>) starts: what follows is a new run.
      if (current && /\S/.test(current.text)) yield current;
      current = null;
      continue;
    }
    const text = (node as Text).data;
    if (!text) continue;
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
  if (current && /\S/.test(current.text)) yield current;
}

/** Every run under `root`, open shadow roots included (after their host's runs). */
export function collectRuns(root: Node): TextRun[] {
  const shadows: ShadowRoot[] = [];
  const runs = [...walkRuns(root, { onShadowRoot: (s) => shadows.push(s) })];
  for (const shadow of shadows) runs.push(...collectRuns(shadow));
  return runs;
}

/** The node and offset in it of a run offset; `end` picks the earlier node at a boundary between two nodes. */
export function locate(run: TextRun, offset: number, end: boolean): { node: Text; offset: number } {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (run.starts[mid] < offset || (!end && run.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: run.nodes[lo], offset: offset - run.starts[lo] };
}
