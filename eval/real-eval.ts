/**
 * Runs `scan` over the real-text set and scores it (eval/real-set.ts): one part, the working set or the held-back
 * third, never both, so that the held-back third is looked at only when asked for by name.
 */
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { scanContent } from '../text/document';
import {
  emptyScore,
  expand,
  loadKeys,
  loadSources,
  readAnnotation,
  readText,
  scoreReal,
  type RealScore,
} from './real-set';

const RESTORE_COMMAND = 'node scripts/restore-real-texts.mjs';

export interface RealResult {
  part: 'working' | 'held-back';
  score: RealScore;
  /** Texts of this part that are not restored, and texts restored but not annotated. */
  missingTexts: string[];
  unannotated: string[];
}

export function evaluateReal(heldBack: boolean): RealResult {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const keys = loadKeys();
  const score = emptyScore();
  const missingTexts: string[] = [];
  const unannotated: string[] = [];
  for (const source of loadSources().filter((s) => s.heldBack === heldBack)) {
    const text = readText(source.id);
    const annotation = readAnnotation(source.id);
    if (!text) missingTexts.push(source.id);
    else if (!annotation) unannotated.push(source.id);
    else scoreReal(expand(annotation, text), scanContent(`${source.id}.txt`, text, matcher, glossary), keys, score);
  }
  return { part: heldBack ? 'held-back' : 'working', score, missingTexts, unannotated };
}

const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(3);

/** The figures as printed by `npm run eval` and `npm run eval:real`; `wrong` adds every wrong entry, grouped. */
export function formatReal({ part, score, missingTexts, unannotated }: RealResult, wrong = false): string[] {
  const s = score;
  const lines = [
    `${part} set: ${s.texts} texts, ${s.gold} annotated spans, ${s.found} marks`,
    `recall ${ratio(s.hit, s.gold)}   precision ${ratio(s.right, s.found)}   traps marked ${s.trapsMarked}`,
    `right entry ${ratio(s.rightEntry, s.judged)} (${s.rightEntry} of ${s.judged} marks on a mapped key; ` +
      `${s.gaps} on keys the glossary has no entry for; ${s.unmapped.size} keys not in keys.json` +
      `${s.unmapped.size ? ': npm run real -- keys' : ''})`,
  ];
  for (const [cat, c] of Object.entries(s.byCategory).sort())
    lines.push(`  ${cat.padEnd(12)} ${String(c.gold).padStart(5)} spans, recall ${ratio(c.hit, c.gold)}`);
  if (wrong) {
    const groups = new Map<string, { n: number; texts: Set<string> }>();
    for (const w of s.wrongEntries) {
      const g = groups.get(`${w.want} ← ${w.got}`) ?? { n: 0, texts: new Set<string>() };
      g.n++;
      g.texts.add(w.text);
      groups.set(`${w.want} ← ${w.got}`, g);
    }
    lines.push('wrong entries (wanted ← given: marked texts):');
    for (const [pair, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
      lines.push(`  ${String(g.n).padStart(3)} ${pair}: ${[...g.texts].join(' | ')}`);
  }
  if (missingTexts.length) lines.push(`missing texts (restore with ${RESTORE_COMMAND}): ${missingTexts.join(', ')}`);
  if (unannotated.length) lines.push(`not annotated yet: ${unannotated.join(', ')}`);
  return lines;
}
