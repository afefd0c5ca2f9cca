/**
 * `npm run eval:real [-- --held-back]`: recall and precision of `scan` on the real-text set (tests/fixtures/real),
 * by overlap with the annotated spans. The held-back third is scored only with --held-back, once, at the end.
 */
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { scanContent } from '../text/document';
import { expand, loadSources, readAnnotation, readText, type RealScore } from '../eval/real-set';
import { scoreReal } from '../eval/real-set';

const heldBack = process.argv.includes('--held-back');
const glossary = compileGlossary(loadGlossary().entries);
const matcher = new Matcher(glossary.surfaces);
const score: RealScore = { texts: 0, gold: 0, found: 0, hit: 0, right: 0, trapsMarked: 0, byCategory: {} };
const missing: string[] = [];
for (const source of loadSources().filter((s) => s.heldBack === heldBack)) {
  const text = readText(source.id);
  const annotation = readAnnotation(source.id);
  if (!text || !annotation) {
    missing.push(source.id);
    continue;
  }
  const marks = scanContent(`${source.id}.txt`, text, matcher, glossary);
  scoreReal(expand(annotation, text), marks, score);
}
const r = (a: number, b: number) => (b ? a / b : 1).toFixed(3);
console.log(
  `${heldBack ? 'held-back' : 'working'} set: ${score.texts} texts, ${score.gold} annotated spans, ${score.found} marks`,
);
console.log(
  `recall ${r(score.hit, score.gold)}   precision ${r(score.right, score.found)}   traps marked ${score.trapsMarked}`,
);
for (const [cat, c] of Object.entries(score.byCategory).sort())
  console.log(`  ${cat.padEnd(12)} ${String(c.gold).padStart(5)} spans, recall ${r(c.hit, c.gold)}`);
if (missing.length) console.log(`missing (restore with node scripts/restore-real-texts.mjs): ${missing.join(', ')}`);
