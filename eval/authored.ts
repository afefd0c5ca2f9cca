/**
 * The authored eval: precision and recall of `scan` on the annotated texts in tests/fixtures/eval, written for this
 * project (see tests/fixtures/real for the real-text set). A found match counts only with the same span and entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { scanContent } from '../text/document';
import { parseAnnotated, score, type Span } from './annotated';

export const EVAL_DIR = join(process.cwd(), 'tests', 'fixtures', 'eval');
export const TARGETS = { precision: 0.98, recall: 0.95 };

export function evaluate(dir = EVAL_DIR) {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let tp = 0;
  let found = 0;
  let expected = 0;
  const perFile = files.map((file) => {
    const { text, spans } = parseAnnotated(readFileSync(join(dir, file), 'utf8'));
    const got: Span[] = scanContent(file, text, matcher, glossary).map((m) => ({
      start: m.start,
      end: m.end,
      id: m.id,
    }));
    const s = score(spans, got);
    tp += s.truePositives;
    found += got.length;
    expected += spans.length;
    return { file, text, expected: spans.length, found: got.length, ...s };
  });
  return { perFile, precision: found ? tp / found : 1, recall: expected ? tp / expected : 1 };
}
