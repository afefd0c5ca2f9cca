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
  batch: number;
  score: RealScore;
  /** Texts of this part that are not restored, and texts restored but not annotated. */
  missingTexts: string[];
  unannotated: string[];
}

/** The batches of the set, in order. */
export function realBatches(): number[] {
  return [...new Set(loadSources().map((s) => s.batch ?? 1))].sort((a, b) => a - b);
}

/** The compiled glossary and its matcher, built once for all the batches a run scores. */
let compiled: { glossary: ReturnType<typeof compileGlossary>; matcher: Matcher } | undefined;
function compiledGlossary() {
  if (!compiled) {
    const glossary = compileGlossary(loadGlossary().entries);
    compiled = { glossary, matcher: new Matcher(glossary.surfaces) };
  }
  return compiled;
}

export function evaluateReal(heldBack: boolean, batch = 1): RealResult {
  const { glossary, matcher } = compiledGlossary();
  const keys = loadKeys();
  const score = emptyScore();
  const missingTexts: string[] = [];
  const unannotated: string[] = [];
  for (const source of loadSources().filter((s) => s.heldBack === heldBack && (s.batch ?? 1) === batch)) {
    const text = readText(source.id);
    const annotation = readAnnotation(source.id);
    if (!text) missingTexts.push(source.id);
    else if (!annotation) unannotated.push(source.id);
    else scoreReal(expand(annotation, text), scanContent(`${source.id}.txt`, text, matcher, glossary), keys, score);
  }
  return { part: heldBack ? 'held-back' : 'working', batch, score, missingTexts, unannotated };
}

const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(3);

/**
 * The figures as printed by `npm run eval` and `npm run eval:real`; `wrong` adds every wrong entry and stray mark,
 * grouped, and `missed` every annotated span no mark overlaps.
 */
export function formatReal(
  { part, batch, score, missingTexts, unannotated }: RealResult,
  wrong = false,
  missed = false,
): string[] {
  const s = score;
  const lines = [
    `batch ${batch}, ${part} set: ${s.texts} texts, ${s.gold} annotated spans, ${s.found} marks`,
    `recall ${ratio(s.hit, s.gold)}   precision ${ratio(s.right, s.found)}   traps marked ${s.trapsMarked}`,
    `right entry ${ratio(s.rightEntry, s.judged)} (${s.rightEntry} of ${s.judged} marks on a mapped key; ` +
      `${s.gaps} on keys the glossary has no entry for; ${s.unmapped.size} keys not in keys.json` +
      `${s.unmapped.size ? ': npm run real -- keys' : ''})`,
  ];
  for (const [cat, c] of Object.entries(s.byCategory).sort())
    lines.push(`  ${cat.padEnd(12)} ${String(c.gold).padStart(5)} spans, recall ${ratio(c.hit, c.gold)}`);
  if (wrong) {
    lines.push('wrong entries (key: wanted ← given: marked texts):');
    lines.push(...grouped(s.wrongEntries.map((w) => ({ label: `${w.key}: ${w.want} ← ${w.got}`, text: w.text }))));
    lines.push('marks on keys the glossary has no entry for (key ← given: marked texts):');
    lines.push(...grouped(s.gapMarks.map((w) => ({ label: `${w.key} ← ${w.got}`, text: w.text }))));
    lines.push('marks over no annotated span (entry given: marked texts; TRAP where they hit one):');
    lines.push(...grouped(s.strayMarks.map((w) => ({ label: `${w.trap ? 'TRAP ' : ''}${w.got}`, text: w.text }))));
  }
  if (missed) {
    lines.push('annotated spans not marked (category key → entry, or GAP where the glossary has none: texts):');
    lines.push(
      ...grouped(
        s.missed.map((m) => ({
          label: `${m.cat} ${m.key} → ${m.entry === null ? 'GAP' : (m.entry ?? 'unmapped')}`,
          text: m.text,
        })),
      ),
    );
  }

  if (missingTexts.length) lines.push(`missing texts (restore with ${RESTORE_COMMAND}): ${missingTexts.join(', ')}`);
  if (unannotated.length) lines.push(`not annotated yet: ${unannotated.join(', ')}`);
  return lines;
}

/** One line per label, most frequent first, with the distinct marked texts. */
function grouped(items: ReadonlyArray<{ label: string; text: string }>): string[] {
  const groups = new Map<string, { n: number; texts: Set<string> }>();
  for (const { label, text } of items) {
    const g = groups.get(label) ?? { n: 0, texts: new Set<string>() };
    g.n++;
    g.texts.add(text);
    groups.set(label, g);
  }
  return [...groups]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([label, g]) => `  ${String(g.n).padStart(3)} ${label}: ${[...g.texts].join(' | ')}`);
}
