/**
 * `npm run eval`: precision and recall of `scan` on the authored annotated texts (tests/fixtures/eval), per text and
 * overall, with every miss and false alarm listed (targets: recall ≥ 0.95 and precision ≥ 0.98 overall); then,
 * separately, the real-text set's working part as `npm run eval:real` scores it (its held-back third only with
 * --held-back). Only the authored targets set the exit code: the real set measures, it does not gate.
 */
import { TARGETS, evaluate } from '../eval/authored';
import type { Span } from '../eval/annotated';
import { evaluateReal, formatReal, realBatches } from '../eval/real-eval';

const result = evaluate();
const show = (text: string, s: Span) => `${JSON.stringify(text.slice(s.start, s.end))} [${s.start}-${s.end}] ${s.id}`;
console.log('authored set (tests/fixtures/eval):');
console.log(
  `${'text'.padEnd(34)}${'expected'.padStart(9)}${'found'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(8)}`,
);
for (const f of result.perFile) {
  console.log(
    `${f.file.padEnd(34)}${String(f.expected).padStart(9)}${String(f.found).padStart(7)}${f.precision.toFixed(3).padStart(11)}${f.recall.toFixed(3).padStart(8)}`,
  );
}
const ok = result.precision >= TARGETS.precision && result.recall >= TARGETS.recall;
console.log(
  `${'overall'.padEnd(50)}${result.precision.toFixed(3).padStart(11)}${result.recall.toFixed(3).padStart(8)}   targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}: ${ok ? 'met' : 'NOT met'}`,
);
for (const f of result.perFile) {
  for (const s of f.falseNegatives) console.log(`  missed       ${f.file}: ${show(f.text, s)}`);
  for (const s of f.falsePositives) console.log(`  false alarm  ${f.file}: ${show(f.text, s)}`);
}
console.log('\nreal-text set (tests/fixtures/real, scored by overlap):');
for (const batch of realBatches())
  for (const line of formatReal(evaluateReal(process.argv.includes('--held-back'), batch))) console.log(line);
process.exitCode = ok ? 0 : 1;
