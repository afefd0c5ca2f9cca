/**
 * Reads a page's text as runs: the text of consecutive text nodes under the same block, joined, so that
 * "Cyberspace <em>Administration</em> of China" is one string the matcher can see whole (after Yomitan's
 * dom-text-scanner.js, which also treats inline elements as transparent). A block boundary ends a run.
 *
 * Block-ness is decided by tag name rather than computed style: getComputedStyle on every ancestor would force
 * style recalculation across a large page, and tag names are right for the text people read.
 */
import { INLINE_TAGS as INLINE, SKIPPED_TAGS as SKIPPED } from '../../lib/html-text';

export interface TextRun {
  /** The joined text of `nodes`. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node's text starts. */
  starts: number[];
}

function isEditable(element: Element): boolean {
  return (element as HTMLElement).isContentEditable === true || element.getAttribute('role') === 'textbox';
}

/**
 * The runs of text under `root`, in document order. Open shadow roots met on the way are read too (their runs
 * follow the host's). `ignore` is our own UI host, never read.
 */
export function collectRuns(root: Node): TextRun[] {
  const runs: TextRun[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      const name = element.nodeName.toUpperCase();
      if (SKIPPED.has(name) || (element.hasAttribute('contenteditable') && isEditable(element))) {
        return NodeFilter.FILTER_REJECT;
      }
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      // Elements are visited only to see block boundaries.
      return INLINE.has(name) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  let current: TextRun | null = null;
  const close = () => {
    if (current && /\S/.test(current.text)) runs.push(current);
    current = null;
  };
  let blockOf = new WeakMap<Node, Node>();
  const blockAncestor = (node: Node): Node => {
    let parent = node.parentNode;
    while (parent && parent !== root && INLINE.has(parent.nodeName.toUpperCase())) parent = parent.parentNode;
    return parent ?? root;
  };
  let currentBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      // A block element (or <br>) starts: what follows is a new run.
      close();
      continue;
    }
    const text = (node as Text).data;
    if (!text) continue;
    const block = blockOf.get(node.parentNode!) ?? blockAncestor(node);
    blockOf.set(node.parentNode!, block);
    if (block !== currentBlock) close();
    currentBlock = block;
    current ??= { text: '', nodes: [], starts: [] };
    current.starts.push(current.text.length);
    current.nodes.push(node as Text);
    current.text += text;
  }
  close();
  blockOf = new WeakMap();
  for (const shadow of shadowRoots) runs.push(...collectRuns(shadow));
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
