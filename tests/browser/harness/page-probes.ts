/**
 * Functions that run inside the test page's main world (passed to `evaluate`), so they must be self-contained:
 * no imports, no closures over test variables.
 */

/** Installed before the page's scripts: records every DOM mutation after parsing, to prove we change nothing. */
export function recordMutations(): void {
  const log: string[] = [];
  (window as unknown as { __cplMutations: string[] }).__cplMutations = log;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
        const removed = [...r.removedNodes].map((n) => n.nodeName).join(',');
        log.push(`${r.type} ${r.target.nodeName} +[${added}] -[${removed}] ${r.attributeName ?? ''}`.trim());
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export function mutations(): string[] {
  return (window as unknown as { __cplMutations: string[] }).__cplMutations;
}

/** The text of every range in each `cpl-` highlight. */
export function highlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('cpl-')) out[name] = [...highlight].map((r) => r.toString());
  });
  return out;
}

/** Whether any highlighted range lies inside a form field, and whether one crosses text nodes. */
export function highlightShape(): { inFields: number; crossNode: number; total: number } {
  let inFields = 0;
  let crossNode = 0;
  let total = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('cpl-')) return;
    for (const r of highlight as unknown as Set<Range>) {
      total++;
      if ((r.startContainer.parentElement ?? document.body).closest('input, textarea, [contenteditable]')) inFields++;
      if (r.startContainer !== r.endContainer) crossNode++;
    }
  });
  return { inFields, crossNode, total };
}

/** Centre of the first highlighted range whose text is `text`, in viewport coordinates. */
export function termCentre(text: string): { x: number; y: number; bottom: number; top: number } | null {
  let found: DOMRect | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('cpl-')) return;
    for (const r of highlight as unknown as Set<Range>) {
      if (r.toString() === text) {
        found = r.getClientRects()[0] ?? null;
        break;
      }
    }
  });
  const rect = found as DOMRect | null;
  return rect
    ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom, top: rect.top }
    : null;
}

/** The open card, read from inside our shadow root, or null. */
export function openCard(): {
  id: string;
  text: string;
  rect: { top: number; left: number; bottom: number; right: number };
  viewport: { w: number; h: number };
} | null {
  const card = document.querySelector('cpl-ui')?.shadowRoot?.querySelector<HTMLElement>('[data-entry-id]');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return {
    id: card.dataset.entryId ?? '',
    text: card.textContent ?? '',
    rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    viewport: { w: document.documentElement.clientWidth, h: document.documentElement.clientHeight },
  };
}

/** The popup's result ids, in order. */
export function resultIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-entry-id]')].map((e) => e.dataset.entryId ?? '');
}

// ---- The hostile-page corpus (tests/browser/corpus-suite.ts) ----

/**
 * Installed before the page's scripts in every document of a corpus page: records Content-Security-Policy violations
 * (whoever caused them, a content script's blocked <style> included) and uncaught errors of the page's own world,
 * in a global of the main world, without touching the DOM.
 */
export function recordPageTrouble(): void {
  const log: string[] = [];
  (window as unknown as { __cplTrouble: string[] }).__cplTrouble = log;
  document.addEventListener(
    'securitypolicyviolation',
    (e) => log.push(`CSP ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    true,
  );
  window.addEventListener('error', (e) => log.push(`error: ${e.message} (${e.filename}:${e.lineno})`));
  window.addEventListener('unhandledrejection', (e) => log.push(`unhandled rejection: ${String(e.reason)}`));
}

export function pageTrouble(): string[] {
  return (window as unknown as { __cplTrouble?: string[] }).__cplTrouble ?? ['no recorder in this document'];
}

/** The page's own verdict on itself: `<html data-selfcheck="ok">`, or "fail: why", or null while it runs. */
export function selfCheck(): string | null {
  return document.documentElement.getAttribute('data-selfcheck');
}

/**
 * The registered marks whose text lies inside the element `selector` (shadow trees of its descendants included),
 * as sorted "type:text" strings; null if there is no such element.
 */
export function marksIn(selector: string): string[] | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  const out: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('cpl-') || name === 'cpl-focus') return;
    for (const r of highlight as unknown as Set<Range>) {
      // Composed containment: up through parents and shadow hosts.
      let n: Node | null = r.startContainer;
      while (n && n !== element) n = n.parentNode ?? (n as ShadowRoot).host ?? null;
      if (!n) continue;
      // The mark's text as read: a range over ruby base text also spans the annotations between (<rt>, <rp>),
      // which are not read. Text nodes are walked rather than the range cloned: cloning would construct custom
      // elements, running page code.
      let text = '';
      const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      for (
        let t = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
        t;
        t = walker.nextNode()
      ) {
        if (!r.intersectsNode(t) || t.parentElement?.closest('rt, rp')) continue;
        const data = (t as Text).data;
        text += data.slice(
          t === r.startContainer ? r.startOffset : 0,
          t === r.endContainer ? r.endOffset : data.length,
        );
      }
      out.push(`${name.slice(4)}:${text}`);
    }
  });
  return out.sort();
}

/** The text a trap sentence is in: an element's text, or a form field's value. */
export function textOf(selector: string): string | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  let text = element.textContent ?? '';
  for (const field of element.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))
    text += `\n${field.value}`;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) text += `\n${element.value}`;
  return text;
}

/**
 * Registered marks that must never be: in a form field, in editable text (contenteditable, designMode, a code
 * editor) or in our own UI, inside the element `selector` or anywhere (null). Returns a description of each.
 */
export function forbiddenMarks(selector: string | null): string[] {
  const out: string[] = [];
  const scope = selector ? document.querySelector(selector) : null;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('cpl-')) return;
    for (const r of highlight as unknown as Set<Range>) {
      if (scope) {
        let n: Node | null = r.startContainer;
        while (n && n !== scope) n = n.parentNode ?? (n as ShadowRoot).host ?? null;
        if (!n) continue;
      }
      const parent = r.startContainer.parentElement;
      let why = '';
      if (document.designMode === 'on') why = 'designMode document';
      else if (parent?.isContentEditable) why = 'editable text';
      else if (
        parent?.closest('input, textarea, select, button, .cm-editor, .CodeMirror, .monaco-editor, .ProseMirror')
      )
        why = 'form field or code editor';
      for (let n: Node | null = r.startContainer; n && !why; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
        if (n.nodeName === 'CPL-UI') why = 'our own UI';
      }
      if (why) out.push(`${why}: "${r.toString()}"`);
    }
  });
  return out;
}

/** Scrolls the element `selector` to `block` ('start', 'center', 'end') of the viewport; false if it is missing. */
export function scrollToElement({ selector, block }: { selector: string; block: ScrollLogicalPosition }): boolean {
  const element = document.querySelector(selector);
  if (!element) return false;
  element.scrollIntoView({ block, inline: 'nearest', behavior: 'instant' });
  return true;
}

/** Centre and box of the first registered mark reading `text` inside `selector`, in viewport coordinates. */
export function markBox({
  text,
  selector,
}: {
  text: string;
  selector: string;
}): { x: number; y: number; top: number; bottom: number; left: number; right: number } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  let found: DOMRect | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('cpl-')) return;
    for (const r of highlight as unknown as Set<Range>) {
      let n: Node | null = r.startContainer;
      while (n && n !== element) n = n.parentNode ?? (n as ShadowRoot).host ?? null;
      if (!n) continue;
      // The text as read, without ruby annotations (as in marksIn).
      let read = '';
      const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
      for (
        let t = walker.currentNode.nodeType === Node.TEXT_NODE ? walker.currentNode : walker.nextNode();
        t;
        t = walker.nextNode()
      ) {
        if (!r.intersectsNode(t) || t.parentElement?.closest('rt, rp')) continue;
        const data = (t as Text).data;
        read += data.slice(
          t === r.startContainer ? r.startOffset : 0,
          t === r.endContainer ? r.endOffset : data.length,
        );
      }
      if (read !== text) continue;
      const rect = r.getClientRects()[0];
      if (rect && rect.width > 0 && rect.height > 0) {
        found = rect;
        break;
      }
    }
  });
  const rect = found as DOMRect | null;
  return rect
    ? {
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        top: rect.top,
        bottom: rect.bottom,
        left: rect.left,
        right: rect.right,
      }
    : null;
}

/**
 * The open card's entry, box, the viewport it must stay in (the visual viewport, read the same way in standards
 * and quirks mode), whether it is what hit-testing finds at its centre and corners, and whether our host is in the
 * top layer (an open popover).
 */
export function cardState(): {
  id: string;
  rect: { top: number; left: number; bottom: number; right: number };
  viewport: { w: number; h: number };
  onTop: boolean[];
  inTopLayer: boolean;
} | null {
  const host = document.querySelector('cpl-ui');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-entry-id]');
  if (!host || !card) return null;
  const r = card.getBoundingClientRect();
  const viewport = { w: window.visualViewport?.width ?? innerWidth, h: window.visualViewport?.height ?? innerHeight };
  const points: Array<[number, number]> = [
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
    [r.left + 4, r.top + 4],
    [r.right - 4, r.bottom - 4],
  ];
  // elementFromPoint retargets into our shadow root's host: the host there means our card is what is painted on top.
  const onTop = points.map(([x, y]) => document.elementFromPoint(x, y) === host);
  return {
    id: card.dataset.entryId ?? '',
    rect: { top: r.top, left: r.left, bottom: r.bottom, right: r.right },
    viewport,
    onTop,
    inTopLayer: host.matches(':popover-open'),
  };
}

/**
 * The document serialised with its open shadow trees and same-origin frames, minus our one host element
 * (`<cpl-ui>`, a child of <html>), and how many such hosts there were.
 */
export function serializeDocument(): { html: string; hosts: number } {
  let hosts = 0;
  const out: string[] = [];
  const esc = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\u00a0/g, '&nbsp;');
  // An explicit stack instead of recursion: 100,000-node pages nest deeply. Strings on the stack are closing tags.
  const stack: Array<Node | string> = [document];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const node = item;
    if (node.nodeType === Node.DOCUMENT_NODE) {
      const doc = node as Document;
      out.push(
        `<!--${doc.compatMode} ${doc.doctype ? `doctype ${doc.doctype.name}` : 'no doctype'} designMode=${doc.designMode}-->`,
      );
      for (let c = doc.lastChild; c; c = c.previousSibling) if (c.nodeType !== Node.DOCUMENT_TYPE_NODE) stack.push(c);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(esc((node as Text).data));
      continue;
    }
    if (node.nodeType === Node.COMMENT_NODE) {
      out.push(`<!--${(node as Comment).data}-->`);
      continue;
    }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    if (el.localName === 'cpl-ui' && el.parentNode === el.ownerDocument.documentElement) {
      hosts++;
      continue;
    }
    const attrs = [...el.attributes].map((a) => ` ${a.name}="${esc(a.value).replace(/"/g, '&quot;')}"`).join('');
    out.push(`<${el.localName}${attrs}>`);
    stack.push(`</${el.localName}>`);
    const children: Node[] = [];
    if (el.shadowRoot) children.push(el.shadowRoot);
    if (el.localName === 'template') children.push((el as HTMLTemplateElement).content);
    if (el.localName === 'iframe' || el.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner) children.push(inner);
    }
    for (let c = el.firstChild; c; c = c.nextSibling) children.push(c);
    // Shadow roots and frame documents are marked where they start.
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      stack.push(c);
      if (c.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (c as ShadowRoot).host)
        stack.push(`<#shadow-root ${(c as ShadowRoot).mode}>`);
    }
  }
  return { html: out.join(''), hosts };
}

/**
 * Every registered range of ours as `#id: text [start node's text @ offset → end node's text @ offset]`, sorted: where
 * a mark begins and ends in the DOM, not only what it says. `#id` is the nearest ancestor with an id.
 */
export function rangePlaces(): string[] {
  const out: string[] = [];
  const place = (node: Node, offset: number) => `${JSON.stringify(node.textContent)}@${offset}`;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('cpl-')) return;
    for (const r of highlight as unknown as Set<Range>) {
      const holder = (r.startContainer.parentElement as Element).closest('[id]');
      out.push(
        `#${holder?.id}: ${r.toString()} [${place(r.startContainer, r.startOffset)} → ${place(r.endContainer, r.endOffset)}]`,
      );
    }
  });
  return out.sort();
}
