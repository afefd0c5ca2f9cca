// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasText } from '../../../entrypoints/frames.content/text';

/** A fresh HTML document with `body` as its body's markup. */
function doc(body: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.body.innerHTML = body;
  return d;
}

describe('the frame gate’s count of text', () => {
  it('leaves an ad’s few words, white space and scripts below the line', () => {
    expect(hasText(doc('<div></div><span>Sponsored</span> <button>Learn more</button>'))).toBe(false);
    expect(hasText(doc(`<p>${' \n\u3000\u00a0'.repeat(200)}</p><script>${'x'.repeat(500)}</script>`))).toBe(false);
  });

  it('counts a sentence of English, or half as many Chinese characters, as text', () => {
    expect(hasText(doc('<p>The State Council issued new rules on data.</p>'))).toBe(true);
    expect(hasText(doc('<p>国务院办公厅印发关于数据安全的通知</p>'))).toBe(true);
    expect(hasText(doc('<p>国务院办公厅印发</p>'))).toBe(false);
  });
});
