/**
 * `npm run eval:real [-- --held-back] [-- --wrong] [-- --missed]`: recall, precision and right entry of `scan` on the real-text set
 * (tests/fixtures/real), by overlap with the annotated spans. The held-back third is scored only with --held-back,
 * once, at the end. --wrong lists every mark that gives another entry than its key's, and every mark over no
 * annotated span; --missed lists every annotated span left unmarked, by key.
 */
import { evaluateReal, formatReal } from '../eval/real-eval';

const result = evaluateReal(process.argv.includes('--held-back'));
for (const line of formatReal(result, process.argv.includes('--wrong'), process.argv.includes('--missed')))
  console.log(line);
