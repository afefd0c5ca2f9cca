/**
 * `npm run coverage -- DIR... [--json] [--top N]`: over every .txt, .md and .html file under the folders, the candidate
 * terms that glossary-blind patterns find (eval/coverage-candidates.ts), the share of them the matcher marks, by
 * kind of text (legal or news) and category, and the most frequent unmarked ones. scripts/restore-coverage-corpus.mjs
 * restores the corpus docs/coverage.md reports on.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import { Matcher } from '../matching/matcher';
import { formulationPattern, loadFormulations } from '../eval/coverage-candidates';
import { CoverageTally, fileCoverage, type KindTally } from '../eval/coverage';
import { tooLarge } from '../text/document';

const USAGE = 'usage: npm run coverage -- DIR... [--json] [--top N]';
const READABLE = /\.(?:txt|md|html?)$/i;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return walk(path);
      return d.isFile() && READABLE.test(d.name) ? [path] : [];
    });
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        top: { type: 'string', default: '20' },
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
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 0) {
    console.error(`--top wants a whole number, not "${values.top}"\n${USAGE}`);
    return 2;
  }
  if (!positionals.length) {
    console.error(`no folders given\n${USAGE}\n(node scripts/restore-coverage-corpus.mjs restores corpus/)`);
    return 2;
  }
  const files: string[] = [];
  for (const dir of positionals) {
    try {
      files.push(...(statSync(dir).isDirectory() ? walk(dir) : [dir]));
    } catch {
      console.error(`${dir}: no such folder`);
      return 1;
    }
  }
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const isKind = (entry: number) => glossary.entries[entry].subtype === 'document-kind';
  const formulations = formulationPattern(loadFormulations());
  const tally = new CoverageTally();
  let skipped = 0;
  for (const file of files) {
    const bytes = statSync(file).size;
    const refusal = tooLarge(bytes);
    if (refusal) {
      console.error(`${file}: ${refusal}`);
      skipped++;
      continue;
    }
    tally.add(fileCoverage(file, readFileSync(file, 'utf8'), matcher, formulations, isKind), bytes);
  }
  const result = tally.result(top);
  if (values.json) console.log(JSON.stringify({ files: files.length - skipped, skipped, kinds: result }, null, 2));
  else for (const [kind, t] of Object.entries(result)) printKind(kind, t);
  return 0;
}

const shareOf = (marked: number, mentions: number) => (mentions ? (marked / mentions).toFixed(3) : '—');

function printKind(kind: string, t: KindTally): void {
  console.log(`\n== ${kind}: ${t.files} files, ${(t.bytes / 1024).toFixed(0)} KB`);
  for (const [category, c] of Object.entries(t.categories)) {
    const scripts = Object.entries(c.byScript)
      .filter(([, s]) => s.mentions)
      .map(([script, s]) => `${script} ${shareOf(s.marked, s.mentions)} of ${s.mentions}`)
      .join(', ');
    console.log(
      `${category.padEnd(12)} ${String(c.mentions).padStart(7)} mentions  ${shareOf(c.marked, c.mentions)} marked  (${scripts})` +
        (c.byKind ? `  of which by a document kind only ${shareOf(c.byKind, c.mentions)}` : ''),
    );
  }
  for (const [category, c] of Object.entries(t.categories)) {
    if (!c.topUnmarked.length) continue;
    console.log(`\n  most frequent unmarked ${category} (${kind}):`);
    for (const u of c.topUnmarked) console.log(`  ${String(u.count).padStart(6)}  ${u.example}`);
  }
}

process.exitCode = main(process.argv.slice(2));
