/**
 * `npx tsx cli/glossary-check.ts`: validates the glossary data and prints every problem, naming file, entry and field,
 * and lists the pinyin that pinyin-pro reads otherwise, for a person to settle.
 * Exits 1 on any schema error, dangling relation, one-way lineage link or plan row naming a missing entry (pass
 * --lenient-relations to only warn about relations).
 */
import { danglingRelations, loadGlossary, oneWayLineage } from '../glossary/load';
import { loadSettled, pinyinDisagreements } from '../glossary/pinyin-check';
import { loadPlans, summarizePlans } from '../glossary/plan';

const lenient = process.argv.includes('--lenient-relations');
try {
  const { entries } = loadGlossary();
  const relations = [...danglingRelations(entries), ...oneWayLineage(entries)];
  for (const line of relations) console.error(`${lenient ? 'warning' : 'error'}: ${line}`);
  const missing = summarizePlans(loadPlans(), new Set(entries.map((e) => e.id))).flatMap((s) => s.missing);
  for (const line of missing) console.error(`error: plan row names no entry: ${line}`);
  // Not an error: pinyin-pro guesses polyphonic characters, so a person settles each (glossary/pinyin-settled.json).
  const pinyin = pinyinDisagreements(entries, loadSettled());
  for (const d of pinyin) console.warn(`pinyin to settle: ${d.id} ${d.zh}: ours "${d.ours}", pinyin-pro "${d.theirs}"`);
  console.log(`${entries.length} entries valid; ${pinyin.length} pinyin disagreements with pinyin-pro to settle.`);
  if ((relations.length && !lenient) || missing.length) process.exit(1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
