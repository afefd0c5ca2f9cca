/**
 * Precision and recall of the scanner against annotated texts. A fixture marks each span a careful analyst expects
 * as a glossary term as [[surface|entry-id]]; `parseAnnotated` strips the markup and returns the spans with offsets
 * in the plain text. A found match counts as right only with the same span and the same entry.
 */
export interface Span {
  start: number;
  end: number;
  id: string;
}

export function parseAnnotated(source: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  let last = 0;
  const pattern = /\[\[([^[\]|]+)\|([a-z0-9-]+)\]\]/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    text += source.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[1].length, id: m[2] });
    text += m[1];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error('malformed annotation: [[ or ]] left after parsing');
  return { text, spans };
}

export interface Score {
  truePositives: number;
  falsePositives: Span[];
  falseNegatives: Span[];
  precision: number;
  recall: number;
}

export function score(expected: readonly Span[], found: readonly Span[]): Score {
  const key = (s: Span) => `${s.start}:${s.end}:${s.id}`;
  const want = new Set(expected.map(key));
  const got = new Set(found.map(key));
  const truePositives = found.filter((s) => want.has(key(s))).length;
  const falsePositives = found.filter((s) => !want.has(key(s)));
  const falseNegatives = expected.filter((s) => !got.has(key(s)));
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: found.length ? truePositives / found.length : 1,
    recall: expected.length ? truePositives / expected.length : 1,
  };
}
