// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markAt, markAtCaret } from '../../../entrypoints/content/hit-test';
import type { MarkStore } from '../../../entrypoints/content/marks';
import { storeOf } from './store-of';

/**
 * happy-dom lays nothing out (Range.getClientRects is empty, there is no caretPositionFromPoint), so the tests give
 * the page a layout of their own: the body's text on one line, each character CHAR_W wide and LINE_H high.
 */
const CHAR_W = 10;
const LINE_H = 20;

/** Where a node/offset point falls in the body's text. */
function indexOf(node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(document.body, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The caret nearest a point on the line (it snaps to the closest character boundary, whatever the height). */
function caretAtX(x: number): { node: Text; offset: number } {
  const at = Math.max(0, Math.round(x / CHAR_W));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let start = 0;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (at <= start + n.length) return { node: n, offset: at - start };
    start += n.length;
    last = n;
  }
  return { node: last!, offset: last!.length };
}

const scan = (html: string, terms: { text: string; surface?: number }[], ambiguous = [false, true]): MarkStore =>
  storeOf(
    html,
    terms.map((t, entry) => ({ ...t, entry })),
    ambiguous,
  );

/** The entry of the mark hit at a point (through the caret the fake layout gives), or undefined. */
function entryAt(store: MarkStore, x: number, y: number): number | undefined {
  const caret = caretAtX(x);
  return markAtCaret(store, caret.node, caret.offset, x, y)?.mark.entry;
}

beforeEach(() => {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const start = indexOf(this.startContainer, this.startOffset);
    const rect = new DOMRect(start * CHAR_W, 0, this.toString().length * CHAR_W, LINE_H);
    return [rect] as unknown as DOMRectList;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as Partial<Document>).caretPositionFromPoint;
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

describe('hit-testing', () => {
  it('finds the mark under a point, with the rectangle of its line box', () => {
    // "the " is 4 characters: the term spans x 40..380.
    const store = scan('<p>the Cyberspace <em>Administration</em> of China</p>', [
      { text: 'Cyberspace Administration of China' },
    ]);
    const caret = caretAtX(200);
    const hit = markAtCaret(store, caret.node, caret.offset, 200, 10)!;
    expect(hit.mark.entry).toBe(0);
    expect(hit.mark.range.toString()).toBe('Cyberspace Administration of China');
    expect([hit.rect.left, hit.rect.right, hit.rect.top, hit.rect.bottom]).toEqual([40, 380, 0, 20]);
    expect(entryAt(store, 45, 10)).toBe(0);
    expect(entryAt(store, 20, 10)).toBeUndefined();
  });

  it('does not count a point beside the text, where the caret snapped to the nearest character', () => {
    const store = scan('<p>the CAC said</p>', [{ text: 'CAC' }]);
    expect(entryAt(store, 55, 10)).toBe(0);
    // Within a pixel of the line box still counts (sub-pixel layout), further out does not.
    expect(entryAt(store, 55, 20.5)).toBe(0);
    expect(entryAt(store, 55, 22)).toBeUndefined();
    expect(entryAt(store, 55, 200)).toBeUndefined();
  });

  it('picks the earlier of two terms back to back when the pointer is on its last character', () => {
    const store = scan('<p>AAABBB</p>', [{ text: 'AAA' }, { text: 'BBB' }]);
    // x = 28 is on the third A; the caret snaps to offset 3, where BBB also starts.
    expect(entryAt(store, 28, 10)).toBe(0);
    expect(entryAt(store, 32, 10)).toBe(1);
  });

  it('finds no mark for an ambiguous name that the page does not confirm', () => {
    const store = scan('<p>the CAC said</p>', [{ text: 'CAC', surface: 1 }]);
    expect(entryAt(store, 55, 10)).toBeUndefined();
  });

  it('asks caretPositionFromPoint with the marked shadow roots, or falls back to caretRangeFromPoint', () => {
    const store = scan('<p>the CAC said</p>', [{ text: 'CAC' }]);
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    expect(markAt(document, store, 55, 10)).toBeUndefined();

    const byRange = vi.fn((x: number) => {
      const { node, offset } = caretAtX(x);
      const range = document.createRange();
      range.setStart(node, offset);
      return range;
    });
    Object.assign(document, { caretRangeFromPoint: byRange });
    expect(markAt(document, store, 55, 10)?.mark.entry).toBe(0);
    expect(byRange).toHaveBeenCalledWith(55, 10);

    const byPosition = vi.fn((x: number) => {
      const { node, offset } = caretAtX(x);
      return { offsetNode: node, offset } as unknown as CaretPosition;
    });
    Object.assign(document, { caretPositionFromPoint: byPosition });
    expect(markAt(document, store, 55, 10, [shadow])?.mark.entry).toBe(0);
    expect(byPosition).toHaveBeenCalledWith(55, 10, { shadowRoots: [shadow] });
    expect(markAt(document, store, 5, 10)).toBeUndefined();
  });
});
