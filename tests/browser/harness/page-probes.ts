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
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom, top: rect.top } : null;
}

/** The open card, read from inside our shadow root, or null. */
export function openCard(): { id: string; text: string; rect: { top: number; left: number; bottom: number; right: number }; viewport: { w: number; h: number } } | null {
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
