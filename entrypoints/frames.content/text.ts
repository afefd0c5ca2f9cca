/**
 * Whether a sub-frame has text to speak of, counted cheaply: a walk over its text nodes outside <head>-like
 * elements that stops as soon as there is enough. Knows nothing of the glossary, so its cost does not grow with it.
 */
import { FRAME_TEXT_MAX_NODES, FRAME_TEXT_MIN, FRAME_TEXT_RECHECK_MS } from '../../platform/constants';

const XHTML = 'http://www.w3.org/1999/xhtml';
/** Elements whose text is not read as prose (reading.ts skips these too, among others). */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA', 'OPTION']);
const SPACE = /\s+/g;
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;

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
    const data = node.data;
    if (data.length < 64 && !data.trim()) continue;
    weight += data.replace(SPACE, '').length + (data.match(WIDE)?.length ?? 0);
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
