// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { MarkStore } from '../../../entrypoints/content/marks';
import { RunReader } from '../../../entrypoints/content/reading';
import { MatchList } from '../../../matching/match-list';
import { storeOf, type Find } from './store-of';

/** Surface 0 and 1 are plain names; surface 2 is ambiguous (marked only beside an unambiguous China name). */
const AMBIGUOUS = [false, false, true];

const scan = (html: string, finds: Find[], ambiguous = AMBIGUOUS): MarkStore => storeOf(html, finds, ambiguous);

function texts(store: MarkStore, ids: number[]): string[] {
  return ids.map((id) => store.range(id).toString());
}

const $ = (selector: string): Element => document.querySelector(selector)!;

describe('MarkStore', () => {
  it('holds the marks of a block read whole and makes their Ranges over the right nodes', () => {
    const store = scan('<p id="p">The Cyberspace <em>Administration</em> of China and 网信办</p>', [
      { text: 'Cyberspace Administration of China', entry: 7 },
      { text: '网信办', entry: 8 },
    ]);
    expect(store.size).toBe(2);
    const ids = store.inBlock($('#p'));
    expect(texts(store, ids)).toEqual(['Cyberspace Administration of China', '网信办']);
    expect(ids.map((id) => store.entry(id))).toEqual([7, 8]);
    expect(store.hasBlock($('#p'))).toBe(true);
    const range = store.range(ids[0]);
    expect(range.startContainer).toBe($('#p').firstChild);
    expect(range.startOffset).toBe(4);
    expect(range.endContainer.textContent).toBe(' of China and 网信办');
    expect(range.endOffset).toBe(9);
    // The live Range is kept; newRange is a fresh one each time.
    expect(store.range(ids[0])).toBe(range);
    expect(store.newRange(ids[0])).not.toBe(range);
  });

  it('places marks of a run read node by node, across inline tags', () => {
    const store = scan('<div id="d">the Cyberspace <em>Administration</em> of China<p>x</p></div>', [
      { text: 'Cyberspace Administration of China' },
      { text: 'Administration' },
    ]);
    const ids = store.inBlock($('#d'));
    expect(texts(store, ids)).toEqual(['Cyberspace Administration of China', 'Administration']);
    const inner = store.range(ids[1]);
    expect(inner.startContainer).toBe($('em').firstChild);
    expect([inner.startOffset, inner.endOffset]).toEqual([0, 14]);
  });

  it('gives a mark starting at a node boundary to the later node and one ending there to the earlier', () => {
    const store = scan('<div id="d"><b>ab</b><i>cd</i><br></div>', [{ text: 'ab' }, { text: 'cd' }]);
    const [ab, cd] = store.inBlock($('#d')).map((id) => store.range(id));
    expect(ab.endContainer).toBe($('b').firstChild);
    expect(cd.startContainer).toBe($('i').firstChild);
    // The same rule for a block read whole, when its nodes are found later.
    const whole = scan('<p id="p"><b>ab</b><i>cd</i></p>', [{ text: 'ab' }, { text: 'cd' }]);
    const [wab, wcd] = whole.inBlock($('#p')).map((id) => whole.range(id));
    expect(wab.endContainer).toBe($('b').firstChild);
    expect(wcd.startContainer).toBe($('i').firstChild);
  });

  it('finds the marks holding a caret position, the later first where one ends and the next begins', () => {
    const store = scan('<p id="p">AAA<em>BBB</em> CCC</p>', [{ text: 'AAA' }, { text: 'BBB' }, { text: 'CCC' }]);
    const [a, b, c] = store.inBlock($('#p'));
    const first = $('#p').firstChild!;
    const em = $('em').firstChild!;
    const last = $('#p').lastChild!;
    expect(store.holding(first, 0)).toEqual([a]);
    expect(store.holding(first, 3)).toEqual([a]);
    expect(store.holding(em, 0)).toEqual([b]);
    expect(store.holding(last, 0)).toEqual([]);
    expect(store.holding(last, 2)).toEqual([c]);
    expect(store.holding($('#p'), 0)).toEqual([]);
    // Two terms in one node, back to back: the caret between them is in both.
    const glued = scan('<p id="q">AAABBB</p>', [{ text: 'AAA' }, { text: 'BBB' }]);
    const [ga, gb] = glued.inBlock($('#q'));
    expect(glued.holding($('#q').firstChild!, 3)).toEqual([gb, ga]);
  });

  it('finds a mark that spans a node from its middle', () => {
    const store = scan('<p id="p">the Cyberspace <em>Administration</em> of China</p>', [
      { text: 'Cyberspace Administration of China' },
    ]);
    const [id] = store.inBlock($('#p'));
    expect(store.holding($('em').firstChild!, 5)).toEqual([id]);
  });

  it('shows an ambiguous mark only on a page that also names China unambiguously', () => {
    const store = scan('<p id="a">the CAC said</p>', [{ text: 'CAC', surface: 2 }]);
    const [cac] = store.ids();
    expect(store.shows(cac)).toBe(false);
    expect(store.holding($('#a').firstChild!, 5)).toEqual([]);
    const both = scan('<p id="a">the CAC said</p><p id="b">网信办</p>', [
      { text: 'CAC', surface: 2 },
      { text: '网信办', surface: 0 },
    ]);
    const [cac2] = both.inBlock($('#a'));
    expect(both.shows(cac2)).toBe(true);
    // Removing the unambiguous name takes the ambiguous one off again.
    both.removeWithin($('#b'));
    expect(both.shows(cac2)).toBe(false);
    // A paragraph that confirms the name as China's counts by itself.
    const confirmed = scan('<p id="a">the CAC of China</p>', [{ text: 'CAC', surface: 2, china: true }]);
    expect(confirmed.shows(confirmed.ids()[0])).toBe(true);
  });

  it("shows a law-only mark on a page where one stands in a paragraph of a law's text, and only there", () => {
    // Surface 3 is law-only (重伤): shown in the article that defines it and in the item under it, not in news.
    const lawOnly = [false, false, false, true];
    const law = storeOf(
      '<p id="a">第九十五条 本法所称重伤</p><p id="b">（一）重伤，是指</p>',
      [
        { text: '所称重伤', surface: 3, law: true },
        { text: '重伤，', surface: 3 },
      ],
      AMBIGUOUS,
      lawOnly,
    );
    expect(law.ids().map((id) => law.shows(id))).toEqual([true, true]);
    // The article gone, the item's mark goes too: nothing on the page is a law's text any more.
    law.removeWithin($('#a'));
    expect(law.ids().map((id) => law.shows(id))).toEqual([false]);
    const news = storeOf(
      '<p id="a">5人重伤，网信办</p>',
      [{ text: '重伤', surface: 3 }, { text: '网信办' }],
      AMBIGUOUS,
      lawOnly,
    );
    expect(news.ids().map((id) => news.shows(id))).toEqual([false, true]);
  });

  it('removes the marks within a node, frees their block and reuses their ids', () => {
    const store = scan('<p id="a">AAA</p><div id="box"><p id="b">AAA AAA</p></div>', [{ text: 'AAA' }]);
    expect(store.size).toBe(3);
    const [a] = store.inBlock($('#a'));
    const gone = store.mark(store.inBlock($('#b'))[0]);
    expect(store.holds(gone)).toBe(true);
    expect(store.removeWithin($('#box'))).toEqual([$('#b')]);
    expect(store.size).toBe(1);
    expect(store.hasBlock($('#b'))).toBe(false);
    expect(store.inBlock($('#b'))).toEqual([]);
    expect(store.holds(gone)).toBe(false);
    expect(store.ids()).toEqual([a]);
    // A new mark takes a freed id; the old mark object does not become it.
    const reader = new RunReader($('#box'));
    reader.next();
    const list = new MatchList();
    list.push(0, 3, 1, 5);
    store.add(reader, list);
    const [fresh] = store.inBlock($('#b'));
    expect(fresh).not.toBe(a);
    expect(store.mark(fresh)).not.toBe(gone);
    expect(store.mark(fresh).entry).toBe(5);
    expect(store.mark(fresh)).toBe(store.mark(fresh));
  });

  it('prunes marks whose text left the page or shrank under them, and keeps the rest', () => {
    const store = scan('<div id="d">AAA <em>BBB</em><p id="p">CCC</p></div><p id="q">DDD</p>', [
      { text: 'AAA' },
      { text: 'BBB' },
      { text: 'CCC' },
      { text: 'DDD' },
    ]);
    const d = $('#d');
    const p = $('#p');
    $('em').remove();
    ($('#d').firstChild as Text).data = 'A';
    $('#p').remove();
    const lost = store.prune();
    expect(lost).toHaveLength(2);
    expect(new Set(lost)).toEqual(new Set([d, p]));
    expect(store.size).toBe(1);
    expect(store.hasBlock($('#d'))).toBe(false);
    expect(texts(store, store.inBlock($('#q')))).toEqual(['DDD']);
  });

  it('orders marks by document position, across blocks and within one', () => {
    const store = scan('<p id="a">AAA BBB</p><p id="b">CCC</p>', [{ text: 'AAA' }, { text: 'BBB' }, { text: 'CCC' }]);
    const [a, b] = store.inBlock($('#a'));
    const [c] = store.inBlock($('#b'));
    expect(store.before(a, b)).toBe(true);
    expect(store.before(b, a)).toBe(false);
    expect(store.before(b, c)).toBe(true);
    expect(store.before(c, a)).toBe(false);
  });
});
