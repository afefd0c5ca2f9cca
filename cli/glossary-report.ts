/**
 * `npm run glossary:report`: the state of the glossary for the people who write it. Counts by type, subtype and
 * status; what entries lack; relations that point nowhere; surfaces claimed by two entries; coverage of the seed
 * texts (../shared/seeds) and of our own list of the terms they name (tests/fixtures/seed-terms.json); and every
 * uncertainty noted in the data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchDocument } from '../text/document';
import { SEEDS_DIR, SEED_TERMS_FILE, seedListMisses, type SeedTerms } from '../eval/seed-terms';
import { compileGlossary } from '../glossary/build/compile';
import { danglingRelations, loadGlossary } from '../glossary/load';
import { isCue } from '../matching/model';
import { Matcher } from '../matching/matcher';

function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const { entries } = loadGlossary();
const glossary = compileGlossary(entries);
const matcher = new Matcher(glossary.surfaces);
const ids = glossary.entries.map((e) => e.id);
const out: string[] = [];
const section = (title: string, lines: string[]) =>
  out.push('', `## ${title} (${lines.length})`, ...(lines.length ? lines.map((l) => `  ${l}`) : ['  none']));

out.push(`# Glossary report: ${entries.length} entries`);
section(
  'by type',
  countBy(entries, (e) => e.type).map(([k, n]) => `${k}: ${n}`),
);
section(
  'by subtype',
  countBy(entries, (e) => `${e.type}/${e.subtype ?? '(none)'}`).map(([k, n]) => `${k}: ${n}`),
);
section(
  'by status',
  countBy(entries, (e) => e.status).map(([k, n]) => `${k}: ${n}`),
);
section(
  'without pinyin',
  entries.filter((e) => !e.pinyin).map((e) => e.id),
);
section(
  'without dates',
  entries.filter((e) => !e.dates || !Object.keys(e.dates).length).map((e) => e.id),
);
section(
  'without a source',
  entries.filter((e) => !e.sources.length).map((e) => e.id),
);
section('relations that point nowhere', danglingRelations(entries));
section(
  'surfaces shared by two or more entries',
  glossary.surfaces
    .filter((s) => s.entries.length > 1 && !isCue(s.kind))
    .map((s) => `${s.exact}: ${s.entries.map((i) => ids[i]).join(', ')}`),
);

if (existsSync(SEEDS_DIR)) {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const readSeed = (f: string) => readFileSync(join(SEEDS_DIR, f), 'utf8');
  section(
    'seed texts: terms found',
    files.map((f) => {
      const { matches } = matchDocument(f, readSeed(f), matcher);
      return `${f}: ${matches.length} matches of ${new Set(matches.map((m) => m.entry)).size} entries`;
    }),
  );
  if (existsSync(SEED_TERMS_FILE)) {
    const seedTerms = JSON.parse(readFileSync(SEED_TERMS_FILE, 'utf8')) as SeedTerms;
    const listed = Object.values(seedTerms).reduce((n, terms) => n + terms.length, 0);
    const misses = seedListMisses(seedTerms, readSeed, matcher, ids);
    out.push('', `## seed-term list: ${listed - misses.length} of ${listed} found`);
    section('seed-term list: not found', misses);
  }
} else out.push('', `## seed texts: ${SEEDS_DIR} not found`);
section(
  'uncertainties noted in the data',
  entries.filter((e) => e.notes).map((e) => `${e.id}: ${e.notes}`),
);
console.log(out.join('\n'));
