/**
 * `npm run eval:real [-- --batch N] [-- --held-back] [-- --wrong] [-- --missed]`: recall, precision and right entry
 * of `scan` on the real-text set (tests/fixtures/real), each batch apart (or only batch N), by overlap with the
 * annotated spans. A held-back third is scored only with --held-back, once, at the end. --wrong lists every mark that
 * gives another entry than its key's, and every mark over no annotated span; --missed lists every annotated span left
 * unmarked, by key.
 */
import { evaluateReal, formatReal, realBatches } from '../eval/real-eval';

const args = process.argv.slice(2);
const batchAt = args.indexOf('--batch');
const only = batchAt >= 0 ? Number(args[batchAt + 1]) : undefined;
if (only !== undefined && !realBatches().includes(only)) {
  console.error(`no batch ${args[batchAt + 1]}: the set has batches ${realBatches().join(', ')}`);
  process.exit(2);
}
for (const batch of only === undefined ? realBatches() : [only]) {
  const result = evaluateReal(args.includes('--held-back'), batch);
  for (const line of formatReal(result, args.includes('--wrong'), args.includes('--missed'))) console.log(line);
}
