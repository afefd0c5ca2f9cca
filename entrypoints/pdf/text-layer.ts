/**
 * pdf.js's text layer made readable by the content engine: pdf.js puts one absolutely placed <span> per text item and
 * a <br> wherever a line may end, which the engine would read as one run per line. Here the spans of one paragraph
 * (text/pdf-layout.ts, as `npm run scan` reads them) are gathered into a page-sized <div>, a block to the
 * engine, with the spaces a reader hears between words as text nodes of their own (transparent, like the spans).
 */
import { separators, Sep, type PdfItem } from '../../text/pdf-layout';

const CJK_EDGE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function groupTextLayer(layer: HTMLElement, items: readonly PdfItem[], spans: readonly HTMLElement[]): number {
  const doc = layer.ownerDocument;
  const seps = separators(items);
  for (const br of layer.querySelectorAll('br')) br.remove();
  let block: HTMLElement | undefined;
  let previous = '';
  let blocks = 0;
  for (let i = 0; i < items.length && i < spans.length; i++) {
    const span = spans[i];
    const str = items[i].str;
    if (!str.trim()) {
      span.remove();
      continue;
    }
    if (!block || seps[i] === Sep.Break) {
      block = doc.createElement('div');
      block.className = 'cpl-pdf-para';
      layer.append(block);
      blocks++;
    } else if (seps[i] === Sep.Space || (seps[i] === Sep.Wrap && !(CJK_EDGE.test(previous) && CJK_EDGE.test(str[0])))) {
      block.append(doc.createTextNode(' '));
    }
    block.append(span);
    previous = str[str.length - 1];
  }
  return blocks;
}
