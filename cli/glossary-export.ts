/** `npm run glossary:export -- --format json|csv|tbx [--out FILE]`: the whole glossary, to standard output or FILE. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../glossary/build/compile';
import { EXPORT_FORMATS, exportGlossary, type ExportFormat } from '../formats/glossary-export';
import { loadGlossary } from '../glossary/load';

const USAGE = `usage: npm run glossary:export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE]`;
try {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } } });
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new Error(`unknown format "${values.format}"`);
  const text = exportGlossary(compileGlossary(loadGlossary().entries).entries, values.format as ExportFormat);
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exitCode = 2;
}
