/**
 * `npx tsx cli/glossary-check.ts`: validates the glossary data and prints every problem, naming file, entry and field.
 * Exits 1 on any schema error, dangling relation, one-way lineage link or plan row naming a missing entry (pass
 * --lenient-relations to only warn about relations).
 */
import { danglingRelations, loadGlossary, oneWayLineage } from '../glossary/load';
import { loadPlans, summarizePlans } from '../glossary/plan';

const lenient = process.argv.includes('--lenient-relations');
try {
  const { entries } = loadGlossary();
  const relations = [...danglingRelations(entries), ...oneWayLineage(entries)];
  for (const line of relations) console.error(`${lenient ? 'warning' : 'error'}: ${line}`);
  const missing = summarizePlans(loadPlans(), new Set(entries.map((e) => e.id))).flatMap((s) => s.missing);
  for (const line of missing) console.error(`error: plan row names no entry: ${line}`);
  console.log(`${entries.length} entries valid.`);
  if ((relations.length && !lenient) || missing.length) process.exit(1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
