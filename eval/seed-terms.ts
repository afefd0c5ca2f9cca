/**
 * Our own list of the terms the five seed texts name (tests/fixtures/seed-terms.json): file -> [surface as written,
 * entry id][]. The texts themselves are not ours to ship, so the tests check each pair in a sentence of our own;
 * `npm run glossary:report` also checks them in the texts when they sit beside the repository.
 */
import { join } from 'node:path';
import { matchDocument } from '../text/document';
import type { Matcher } from '../matching/matcher';

export const SEED_TERMS_FILE = join(process.cwd(), 'tests', 'fixtures', 'seed-terms.json');
export const SEEDS_DIR = process.env.CPL_SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');

/** A pair's optional third item is the longer name it is part of in its text ("2015 Government Work Report"). */
export type SeedTerms = Record<string, Array<[string, string, string?]>>;

/**
 * A text of our own holding `surface`: in a sentence of its script, after a paragraph that names a China term
 * unambiguously (as each seed text does), so that an ambiguous name is judged as it is in its text.
 */
export function seedSentence(surface: string, within = surface): string {
  const han = /\p{Script=Han}/u.test(within);
  return han
    ? `中华人民共和国网络安全法\n\n报告谈到${within}。\n`
    : `Cyberspace Administration of China\n\nThe report discusses ${within} at length.\n`;
}

/**
 * Which pairs the matcher misses in `read(file)`. A pair is found when some occurrence of its surface lies inside a
 * match of its entry: "2015 National Security Law" covers "National Security Law".
 */
export function seedListMisses(
  seedTerms: SeedTerms,
  read: (file: string, surface: string, within?: string) => string,
  matcher: Matcher,
  ids: readonly string[],
): string[] {
  const misses: string[] = [];
  const matched = new Map<string, ReturnType<typeof matchDocument>>(); // a whole seed text is matched once
  for (const [file, terms] of Object.entries(seedTerms)) {
    for (const [surface, id, within] of terms) {
      const source = read(file, surface, within);
      const { text, matches } = matched.get(source) ?? matchDocument(file, source, matcher);
      matched.set(source, { text, matches });
      let covered = false;
      for (let at = text.indexOf(surface); at >= 0 && !covered; at = text.indexOf(surface, at + 1)) {
        covered = matches.some(
          (m) =>
            m.start <= at &&
            m.end >= at + surface.length &&
            matcher.surfaces.get(m.surface).entries.some((e) => ids[e] === id),
        );
      }
      if (!covered) misses.push(`${file}: "${surface}" (${id}) not matched`);
    }
  }
  return misses;
}
