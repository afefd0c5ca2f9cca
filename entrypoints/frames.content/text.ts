/**
 * Whether a sub-frame has text to speak of, counted cheaply: a walk over its text nodes outside <head>-like
 * elements that stops as soon as there is enough. Knows nothing of the glossary, so its cost does not grow with it.
 */
import { FRAME_TEXT_MAX_NODES, FRAME_TEXT_MIN, FRAME_TEXT_RECHECK_MS } from '../../platform/constants';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements whose text is not read as prose (reading.ts skips these too, among others). */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA', 'OPTION']);

/**
 * A text's weight: its characters other than white space, CJK ones counting twice (a few Chinese words carry as much
 * as a sentence of English). A loop, not regular expressions: compiling them cost more than the count in a frame
 * with a few words, and every ad frame pays for it. Stops at `enough`.
 */
function weightOf(data: string, enough: number): number {
  let weight = 0;
  for (let i = 0; i < data.length && weight < enough; i++) {
    const c = data.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b)) continue;
    weight += (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ? 2 : 1;
  }
  return weight;
}

/** True when `doc` is an HTML document whose text reaches FRAME_TEXT_MIN (SVG and other XML are never marked). */
export function hasText(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== XHTML) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let weight = 0;
  for (let n = 0; walker.nextNode(); n++) {
    if (n >= FRAME_TEXT_MAX_NODES) return true;
    const node = walker.currentNode as Text;
    if (NOT_PROSE.has(node.parentNode?.nodeName ?? '')) continue;
    weight += weightOf(node.data, FRAME_TEXT_MIN - weight);
    if (weight >= FRAME_TEXT_MIN) return true;
  }
  return false;
}

/**
 * Calls `onText` once, when `doc` has text: now, or after a later change (a frame filled by script, a widget that
 * loads). Changes are only noted as they come; the count runs at most once per FRAME_TEXT_RECHECK_MS. Returns a stop.
 */
export function whenText(doc: Document, onText: () => void): () => void {
  if (hasText(doc)) {
    onText();
    return () => undefined;
  }
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      if (!hasText(doc)) return;
      stop();
      onText();
    }, FRAME_TEXT_RECHECK_MS);
  });
  // The document node itself: a documentElement that comes late, or replaces another, is seen too.
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  return stop;
}
