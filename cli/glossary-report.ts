/**
 * `npm run glossary:report`: the state of the glossary for the people who write it. Counts by type, subtype and
 * status; what entries lack; relations that point nowhere; surfaces claimed by two entries; coverage of the seed
 * texts (../shared/seeds) and of our own list of the terms they name (tests/fixtures/seed-terms.json); and every
 * uncertainty noted in the data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { matchDocument } from '../text/document';
import { compileGlossary } from '../glossary/build/compile';
import { danglingRelations, loadGlossary } from '../glossary/load';
import { isCue } from '../matching/model';
import { Matcher } from '../matching/matcher';

export const SEEDS_DIR = process.env.CPL_SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');
export const SEED_TERMS_FILE = join(process.cwd(), 'tests', 'fixtures', 'seed-terms.json');

/** Our list of the terms each seed text names: file -> [surface as written, entry id][]. */
export type SeedTerms = Record<string, Array<[string, string]>>;

export function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Which seed-list pairs the matcher misses. A pair is found when some occurrence of its surface in its text lies
 * inside a match of its entry: "2015 National Security Law" covers "National Security Law".
 */
export function seedListMisses(seedTerms: SeedTerms, readSeed: (file: string) => string, matcher: Matcher, ids: readonly string[]): string[] {
  const misses: string[] = [];
  for (const [file, terms] of Object.entries(seedTerms)) {
    const { text, matches } = matchDocument(file, readSeed(file), matcher);
    for (const [surface, id] of terms) {
      let covered = false;
      for (let at = text.indexOf(surface); at >= 0 && !covered; at = text.indexOf(surface, at + 1)) {
        covered = matches.some((m) => m.start <= at && m.end >= at + surface.length && matcher.surfaces[m.surface].entries.some((e) => ids[e] === id));
      }
      if (!covered) misses.push(`${file}: "${surface}" (${id}) not matched`);
    }
  }
  return misses;
}

function main(): void {
  const { entries } = loadGlossary();
  const glossary = compileGlossary(entries);
  const matcher = new Matcher(glossary.surfaces);
  const ids = glossary.entries.map((e) => e.id);
  const out: string[] = [];
  const section = (title: string, lines: string[]) => out.push('', `## ${title} (${lines.length})`, ...(lines.length ? lines.map((l) => `  ${l}`) : ['  none']));

  out.push(`# Glossary report: ${entries.length} entries`);
  section('by type', countBy(entries, (e) => e.type).map(([k, n]) => `${k}: ${n}`));
  section('by subtype', countBy(entries, (e) => `${e.type}/${e.subtype ?? '(none)'}`).map(([k, n]) => `${k}: ${n}`));
  section('by status', countBy(entries, (e) => e.status).map(([k, n]) => `${k}: ${n}`));
  section('without pinyin', entries.filter((e) => !e.pinyin).map((e) => e.id));
  section('without dates', entries.filter((e) => !e.dates || !Object.keys(e.dates).length).map((e) => e.id));
  section('without a source', entries.filter((e) => !e.sources.length).map((e) => e.id));
  section('relations that point nowhere', danglingRelations(entries));
  section(
    'surfaces shared by two or more entries',
    glossary.surfaces.filter((s) => s.entries.length > 1 && !isCue(s.kind)).map((s) => `${s.exact}: ${s.entries.map((i) => ids[i]).join(', ')}`),
  );

  if (existsSync(SEEDS_DIR)) {
    const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
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
  section('uncertainties noted in the data', entries.filter((e) => e.notes).map((e) => `${e.id}: ${e.notes}`));
  console.log(out.join('\n'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
