/**
 * `npx tsx cli/glossary-check.ts`: validates the glossary data and prints every problem, naming file, entry and field.
 * Exits 1 on any schema error or dangling relation (pass --lenient-relations to only warn about relations).
 */
import { danglingRelations, loadGlossary } from '../glossary/load';

const lenient = process.argv.includes('--lenient-relations');
try {
  const { entries } = loadGlossary();
  const dangling = danglingRelations(entries);
  for (const line of dangling) console.error(`${lenient ? 'warning' : 'error'}: ${line}`);
  console.log(`${entries.length} entries valid.`);
  if (dangling.length && !lenient) process.exit(1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
