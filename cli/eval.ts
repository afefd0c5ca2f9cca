/**
 * `npm run eval`: precision and recall of `scan` on the annotated texts in tests/fixtures/eval, per text and
 * overall, with every miss and false alarm listed. Targets: recall ≥ 0.95 and precision ≥ 0.98 overall.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { parseAnnotated, score, type Span } from '../eval/annotated';
import { scanContent } from '../text/document';

export const EVAL_DIR = join(process.cwd(), 'tests', 'fixtures', 'eval');
export const TARGETS = { precision: 0.98, recall: 0.95 };

export function evaluate(dir = EVAL_DIR) {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let tp = 0;
  let found = 0;
  let expected = 0;
  const perFile = files.map((file) => {
    const { text, spans } = parseAnnotated(readFileSync(join(dir, file), 'utf8'));
    const got: Span[] = scanContent(file, text, matcher, glossary).map((m) => ({ start: m.start, end: m.end, id: m.id }));
    const s = score(spans, got);
    tp += s.truePositives;
    found += got.length;
    expected += spans.length;
    return { file, text, expected: spans.length, found: got.length, ...s };
  });
  return { perFile, precision: found ? tp / found : 1, recall: expected ? tp / expected : 1 };
}

function main(): void {
  const result = evaluate();
  const show = (text: string, s: Span) => `${JSON.stringify(text.slice(s.start, s.end))} [${s.start}-${s.end}] ${s.id}`;
  console.log(`${'text'.padEnd(34)}${'expected'.padStart(9)}${'found'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(8)}`);
  for (const f of result.perFile) {
    console.log(`${f.file.padEnd(34)}${String(f.expected).padStart(9)}${String(f.found).padStart(7)}${f.precision.toFixed(3).padStart(11)}${f.recall.toFixed(3).padStart(8)}`);
  }
  const ok = result.precision >= TARGETS.precision && result.recall >= TARGETS.recall;
  console.log(`${'overall'.padEnd(50)}${result.precision.toFixed(3).padStart(11)}${result.recall.toFixed(3).padStart(8)}   targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}: ${ok ? 'met' : 'NOT met'}`);
  for (const f of result.perFile) {
    for (const s of f.falseNegatives) console.log(`  missed       ${f.file}: ${show(f.text, s)}`);
    for (const s of f.falsePositives) console.log(`  false alarm  ${f.file}: ${show(f.text, s)}`);
  }
  process.exitCode = ok ? 0 : 1;
}

if (process.argv[1]?.endsWith('eval.ts')) main();
