// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RunReader, blockOf, insideSkipped, nodeAt } from '../../../entrypoints/content/reading';
import { MATCH_RUN_MAX_CHARS } from '../../../platform/constants';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Every run under a root: its text, whether it was read whole, and its block's id (or tag). */
function runs(root: Node, reader = new RunReader(root)): { text: string; whole: boolean; block: string }[] {
  const out = [];
  while (reader.next()) {
    const block = reader.block as Element;
    out.push({
      text: reader.texts.slice(0, reader.count).join(''),
      whole: reader.whole !== null,
      block: block.id || block.nodeName.toLowerCase(),
    });
  }
  return out;
}

describe('RunReader', () => {
  it('reads a paragraph with inline tags whole, as one run over its text', () => {
    const body = page('<p id="p">The Cyberspace <em>Administration</em> of <b><i>China</i></b></p>');
    const reader = new RunReader(body);
    expect(reader.next()).toBe(true);
    expect(reader.whole).toBe(body.querySelector('p'));
    expect(reader.count).toBe(1);
    expect(reader.texts[0]).toBe('The Cyberspace Administration of China');
    expect([reader.starts[0], reader.starts[1]]).toEqual([0, 38]);
    expect(reader.firstNode()).toBe(body.querySelector('p'));
    expect(reader.next()).toBe(false);
  });

  it('ends a run at a block boundary, and reads each block as its own run', () => {
    const body = page('<div id="a">the Cyberspace</div>\n<div id="b">Administration <span>of</span> China</div>');
    expect(runs(body)).toEqual([
      { text: 'the Cyberspace', whole: true, block: 'a' },
      { text: 'Administration of China', whole: true, block: 'b' },
    ]);
  });

  it('reads node by node across inline tags when the block holds a nested block, with offsets per node', () => {
    const body = page('<div id="d">The Cyberspace <em>Administration</em> of China<p id="p">网信办</p>tail</div>');
    const reader = new RunReader(body);
    expect(reader.next()).toBe(true);
    expect(reader.whole).toBeNull();
    expect(reader.block).toBe(body.querySelector('#d'));
    expect(reader.texts.slice(0, reader.count)).toEqual(['The Cyberspace ', 'Administration', ' of China']);
    expect([...reader.starts.slice(0, reader.count + 1)]).toEqual([0, 15, 29, 38]);
    expect(reader.nodes[1]).toBe(body.querySelector('em')!.firstChild);
    expect(reader.firstNode()).toBe(reader.nodes[0]);
    // The nested block is read whole, then the text after it starts a run of its own (same block as the first).
    expect(runs(body, reader)).toEqual([
      { text: '网信办', whole: true, block: 'p' },
      { text: 'tail', whole: false, block: 'd' },
    ]);
  });

  it('skips script, style, form controls and other skipped tags', () => {
    const body = page(
      '<div id="d"><span>a</span><script>var CAC = 1</script><style>.CAC{}</style><textarea>CAC</textarea>' +
        '<button>CAC</button><span>b</span></div>',
    );
    // Their text is stepped over without ending the run: the block is read node by node, around them.
    expect(runs(body)).toEqual([{ text: 'ab', whole: false, block: 'd' }]);
  });

  it('skips editable parts and code editors, but not contenteditable="false"', () => {
    const body = page(
      '<p id="a">one</p><div contenteditable="true"><p>CAC draft</p></div><div contenteditable=""><p>x</p></div>' +
        '<div class="wrap cm-editor"><p>const CAC</p></div><div class="ProseMirror"><p>y</p></div>' +
        '<p id="b" contenteditable="false">two</p>',
    );
    expect(runs(body).map((r) => r.text)).toEqual(['one', 'two']);
  });

  it('reads nothing under an editable root or in a designMode document', () => {
    const body = page('<div contenteditable="true"><p>CAC</p></div>');
    expect(runs(body.firstElementChild!)).toEqual([]);
    page('<p>CAC</p>');
    document.designMode = 'on';
    try {
      expect(runs(document.body)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('does not start a run with white space only, but keeps it inside a run', () => {
    const body = page('<div>\n  <span>a</span> <span>b</span>\n<br>\n  </div>');
    expect(runs(body).map((r) => r.text)).toEqual(['a b\n']);
  });

  it('reports open shadow roots instead of reading them inline', () => {
    const body = page('<p>before</p><x-card id="host"></x-card><p>after</p>');
    const host = body.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    const seen: ShadowRoot[] = [];
    const reader = new RunReader(body, { onShadowRoot: (s) => seen.push(s) });
    expect(runs(body, reader).map((r) => r.text)).toEqual(['before', 'after']);
    expect(seen).toEqual([shadow]);
    expect(runs(shadow).map((r) => r.text)).toEqual(['inside']);
  });

  it('starts from a given node', () => {
    const body = page('<div><p>one</p>two <em>three</em><p>four</p></div>');
    const from = body.querySelector('div')!.childNodes[1];
    expect(runs(body, new RunReader(body, { from })).map((r) => r.text)).toEqual(['two three', 'four']);
  });

  it('cuts a huge block into runs between nodes', () => {
    const half = 'x'.repeat(MATCH_RUN_MAX_CHARS / 2 + 1);
    const body = page(`<div><span>${half}</span><span>${half}</span></div>`);
    const out = runs(body);
    expect(out.map((r) => [r.text.length, r.whole])).toEqual([
      [half.length, false],
      [half.length, false],
    ]);
  });
});

describe('reading helpers', () => {
  it('blockOf steps over inline ancestors', () => {
    const body = page('<p id="p">a <em><b>b</b></em></p>');
    const text = body.querySelector('b')!.firstChild!;
    expect(blockOf(text, null)).toBe(body.querySelector('#p'));
    expect(blockOf(body.querySelector('p')!.firstChild!, null)).toBe(body.querySelector('#p'));
  });

  it('insideSkipped sees a skipped or editable ancestor up to the root', () => {
    const body = page('<div contenteditable="true"><p><em>x</em></p></div><p><em>y</em></p>');
    expect(insideSkipped(body.querySelector('div em')!.firstChild!, body)).toBe(true);
    expect(insideSkipped(body.querySelector('div + p em')!.firstChild!, body)).toBe(false);
  });

  it('nodeAt gives a start at a boundary to the later node and an end to the earlier one', () => {
    const starts = [0, 5, 10, 15];
    expect(nodeAt(starts, 3, 5, false, 0)).toBe(1);
    expect(nodeAt(starts, 3, 5, true, 0)).toBe(0);
    expect(nodeAt(starts, 3, 12, false, 0)).toBe(2);
    expect(nodeAt(starts, 3, 15, true, 0)).toBe(2);
  });
});
