/**
 * Glossary search for the popup, in tiers so that the usual query is answered without fuzzy matching and the
 * popup keeps up with typing (`npm run bench` measures it per keystroke):
 *   1. an exact acronym, then an exact name (any language, pinyin with or without tones and spaces);
 *   2. a name the query begins, the more of the name covered the better;
 *   3. a name with every query word at the start of one of its words ("security law" finds the Data Security Law);
 *   4. fuzzy name hits (fuse.js), so "cyberspce admin" still finds the CAC: run only when tiers 1-3 found few,
 *      since fuse's bitap over thousands of names is the one costly step (60-180 ms for a long query over 2,380
 *      entries), and the popup asks for it only once typing pauses (`quick`, then `search`);
 *   5. entries whose gloss or definition has every query word (word starts in English, substrings in Chinese).
 * Any name hit outranks a hit that is only in a definition: an entry whose definition mentions "Cyberspace
 * Administration" must not pass the CAC itself.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { CompiledEntry } from '../../matching/model';
import { foldString, stripTones } from '../../matching/normalize';
import { pinyinForms } from '../../matching/surfaces';
import { SEARCH_FUZZY_BELOW } from '../../platform/constants';

interface SearchDoc {
  index: number;
  acronyms: string[];
  /** Acronyms, names and pinyin together: what exact and prefix ranking compare the query with. */
  forms: string[];
  /** Every name form with a space before each word, for word-start tests (" data security law"). */
  words: string;
  /** Gloss, then definition, folded, with a space before each word. */
  text: string;
  glossLength: number;
}

export interface SearchResult {
  entry: CompiledEntry;
  score: number;
}

// One record per name rather than one per entry: fuse multiplies the scores of every matching value of an array
// field, so an entry with three long titles containing a phrase would beat the body the phrase names.
interface NameRecord {
  index: number;
  form: string;
}
const NAME_OPTIONS: IFuseOptions<NameRecord> = {
  keys: ['form'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
};

const HAN = /\p{Script=Han}/u;
const spaced = (s: string) => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

export class GlossarySearch {
  private readonly docs: SearchDoc[];
  /** Names in Chinese characters, and all the others: a query is fuzzily matched against its own script only. */
  private readonly hanNames: Fuse<NameRecord>;
  private readonly latinNames: Fuse<NameRecord>;

  constructor(private readonly entries: readonly CompiledEntry[]) {
    this.docs = entries.map((e, index) => {
      const names = [
        e.en,
        ...(e.enAlt ?? []),
        e.zh,
        e.zhTrad,
        ...(e.zhAlt ?? []),
        ...(e.zhTw ?? []),
        ...(e.zhHk ?? []),
      ].map(foldString);
      const gloss = spaced(foldString(e.gloss));
      const acronyms = (e.acronyms ?? []).map(foldString);
      const pinyin = [e.pinyin, ...(e.pinyinAlt ?? [])]
        .filter((p): p is string => !!p)
        .flatMap((py) => pinyinForms(py).map(foldString));
      return {
        index,
        acronyms,
        forms: [...new Set([...acronyms, ...names, ...pinyin])],
        words: names.map(spaced).join(' |'),
        text: `${gloss} |${spaced(foldString(e.definition))}`,
        glossLength: gloss.length,
      };
    });
    const records = this.docs.flatMap((d) => d.forms.map((form) => ({ index: d.index, form })));
    this.hanNames = new Fuse(
      records.filter((r) => HAN.test(r.form)),
      NAME_OPTIONS,
    );
    this.latinNames = new Fuse(
      records.filter((r) => !HAN.test(r.form)),
      NAME_OPTIONS,
    );
  }

  /** Every tier, fuzzy included when tiers 1-3 found few. */
  search(query: string, limit: number): SearchResult[] {
    return this.run(query, limit, true).results;
  }

  /** Every tier but the fuzzy one, and whether `search` would add fuzzy hits (then worth asking once typing pauses). */
  quick(query: string, limit: number): { results: SearchResult[]; fuzzy: boolean } {
    return this.run(query, limit, false);
  }

  private run(query: string, limit: number, fuzzy: boolean): { results: SearchResult[]; fuzzy: boolean } {
    const q = foldString(stripTones(query)).trim();
    if (!q) return { results: [], fuzzy: false };
    const joined = q.replace(/\s+/g, '');
    const han = HAN.test(q);
    // Word starts for English and pinyin; Chinese has no spaces between words, so any substring counts.
    const tokens = han ? [q.replace(/\s+/g, '')] : q.split(/\s+/).map((w) => ` ${w}`);
    const hasAll = (text: string) => tokens.every((w) => text.includes(w));

    const rank = (doc: SearchDoc): number => {
      const forms = doc.forms;
      if (forms.some((f) => f === q || f === joined)) return doc.acronyms.includes(q) ? -3 : -2;
      let best = 0;
      for (const f of forms) {
        if (f.startsWith(q) || f.startsWith(joined)) best = Math.min(best, -1 - (0.5 * q.length) / f.length);
      }
      if (best === 0 && hasAll(doc.words)) best = -0.5 - (0.4 * q.length) / doc.words.length;
      return best;
    };
    const seen = new Set<number>();
    const results: SearchResult[] = [];
    const add = (index: number, score: number) => {
      if (seen.has(index)) return;
      seen.add(index);
      results.push({ entry: this.entries[index], score });
    };
    for (const doc of this.docs) {
      const r = rank(doc);
      if (r < 0) add(doc.index, r);
    }
    const wanted = results.length < SEARCH_FUZZY_BELOW;
    if (wanted && fuzzy) {
      // Hits come best first, so the first hit of an entry is its best name.
      for (const hit of (han ? this.hanNames : this.latinNames).search(q, { limit: limit * 4 }))
        add(hit.item.index, hit.score ?? 1);
    }
    for (const doc of this.docs) {
      if (seen.has(doc.index) || !hasAll(doc.text)) continue;
      // Words in the gloss rank above words only in the definition, and earlier above later.
      const at = Math.min(...tokens.map((w) => doc.text.indexOf(w)));
      add(doc.index, 1 + (at < doc.glossLength ? 0 : 0.5) + Math.min(0.49, at / 10_000));
    }
    return { results: results.sort((a, b) => a.score - b.score).slice(0, limit), fuzzy: wanted };
  }
}
