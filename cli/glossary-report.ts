/**
 * `npm run glossary:report`: the state of the glossary for the people who write it. Counts by domain, type, subtype
 * and status; the plans' rows by state, with what they still miss; what entries lack; relations that point nowhere
 * or one way; surfaces claimed by two entries; coverage of the seed texts (when they sit beside the repository) and of our own list of the
 * terms they name (tests/fixtures/seed-terms.json); and every uncertainty noted in the data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchDocument } from '../text/document';
import { SEEDS_DIR, SEED_TERMS_FILE, seedListMisses, type SeedTerms } from '../eval/seed-terms';
import { compileGlossary } from '../glossary/build/compile';
import { danglingRelations, loadGlossary, oneWayLineage } from '../glossary/load';
import { DOMAIN_OF_FILE, loadPlans, summarizePlans } from '../glossary/plan';
import { isCue } from '../matching/model';
import { Matcher } from '../matching/matcher';

function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const { entries, fileOf } = loadGlossary();
const glossary = compileGlossary(entries);
const matcher = new Matcher(glossary.surfaces);
const ids = glossary.entries.map((e) => e.id);
const out: string[] = [];
const section = (title: string, lines: string[]) =>
  out.push('', `## ${title} (${lines.length})`, ...(lines.length ? lines.map((l) => `  ${l}`) : ['  none']));

out.push(`# Glossary report: ${entries.length} entries`);
// Domain = the plan a data file belongs to (DOMAIN_OF_FILE); the file itself is shown beside it.
const fileName = (id: string) => (fileOf.get(id) ?? '').split('/').pop() ?? '';
section(
  'by domain (plan) and data file',
  countBy(entries, (e) => `${DOMAIN_OF_FILE[fileName(e.id)] ?? '(no plan)'}: ${fileName(e.id)}`).map(
    ([k, n]) => `${k}: ${n}`,
  ),
);
section(
  'by domain (plan)',
  countBy(entries, (e) => DOMAIN_OF_FILE[fileName(e.id)] ?? '(no plan)').map(([k, n]) => `${k}: ${n}`),
);
const planRows = loadPlans();
const plans = summarizePlans(planRows, new Set(entries.map((e) => e.id)));
section(
  'plans: rows, in glossary, left out (-), todo, naming no entry',
  plans.map(
    (p) =>
      `${p.plan}: ${p.rows} rows, ${p.inGlossary} in glossary, ${p.leftOut} left out, ${p.todo} todo, ${p.missing.length} missing`,
  ),
);
section(
  'plans: rows still todo',
  planRows.filter((r) => r.entry === 'todo').map((r) => `${r.plan}.md:${r.line}: ${r.zh} (${r.en})`),
);
section(
  'plans: ERROR, rows naming an entry that does not exist',
  plans.flatMap((p) => p.missing),
);
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
section('lineage links one way only', oneWayLineage(entries));
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
