/**
 * `npm run scan -- [--format json|table] [--password P] FILE...`: the glossary terms in HTML, plain-text and PDF files,
 * for reports read outside the browser. JSON: [{ file, matches: [{ start, end, text, id, type, en, zh, page? }] }],
 * `page` (from 1) for a PDF, whose offsets are into its pages' text joined by a blank line.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { scanContent, scanPages, tooLarge, type FileMatch } from '../text/document';
import { isPdf, PdfError, pdfText } from '../text/pdf';

const USAGE = 'usage: npm run scan -- [--format json|table] [--password PASSWORD] FILE...';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'table') {
    console.error(`unknown format "${values.format}": use json or table\n${USAGE}`);
    return 2;
  }
  if (!positionals.length) {
    console.error(`no files given\n${USAGE}`);
    return 2;
  }
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const results: Array<{ file: string; matches: FileMatch[] }> = [];
  let failed = false;
  for (const file of positionals) {
    let content: Buffer;
    try {
      // Refused before reading: reading is what would exhaust the memory.
      const refusal = tooLarge(statSync(file).size);
      if (refusal) {
        console.error(`${file}: ${refusal}`);
        failed = true;
        continue;
      }
      content = readFileSync(file);
    } catch (error) {
      console.error(
        `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
      );
      failed = true;
      continue;
    }
    if (!isPdf(file, content)) {
      results.push({ file, matches: scanContent(file, content.toString('utf8'), matcher, glossary) });
      continue;
    }
    try {
      const { pages } = await pdfText(new Uint8Array(content), { password: values.password });
      results.push({ file, matches: scanPages(pages, matcher, glossary) });
    } catch (error) {
      if (!(error instanceof PdfError)) throw error;
      console.error(`${file}: ${error.message}`);
      failed = true;
    }
  }
  if (values.format === 'json') console.log(JSON.stringify(results, null, 2));
  else printTable(results);
  return failed ? 1 : 0;
}

function printTable(results: Array<{ file: string; matches: FileMatch[] }>): void {
  for (const { file, matches } of results) {
    console.log(`${file}: ${matches.length} match${matches.length === 1 ? '' : 'es'}`);
    for (const m of matches) {
      const page = m.page === undefined ? '' : `p.${String(m.page).padEnd(4)} `;
      console.log(
        `  ${page}${String(m.start).padStart(7)}-${String(m.end).padEnd(7)} ${m.type.padEnd(6)} ${m.id.padEnd(36)} ${JSON.stringify(m.text)}`,
      );
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
