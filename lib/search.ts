/**
 * Glossary search for the popup: fuse.js over every name form and the definitions, with exact and prefix hits on
 * a name put ahead of fuzzy ones, so that "CAC" or "网信办" brings its entry first and "cyberspce" still finds it.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { CompiledEntry } from '../glossary/compiled';
import { foldString, stripTones } from '../glossary/normalize';

interface SearchDoc {
  index: number;
  names: string[];
  acronyms: string[];
  pinyin: string[];
  gloss: string;
  definition: string;
}

export interface SearchResult {
  entry: CompiledEntry;
  score: number;
}

// Two indexes, so that any fuzzy hit on a name outranks a hit that is only in a definition: an entry whose gloss
// and definition also mention "Cyberspace Administration" must not pass the CAC itself on a typo.
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
const TEXT_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'gloss', weight: 2 },
    { name: 'definition', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.25,
};

function pinyinForms(py: string): string[] {
  const toneless = foldString(stripTones(py));
  return [toneless, toneless.replace(/[\s'-]+/g, '')];
}

export class GlossarySearch {
  private readonly docs: SearchDoc[];
  private readonly byName: Fuse<NameRecord>;
  private readonly byText: Fuse<SearchDoc>;

  constructor(private readonly entries: readonly CompiledEntry[]) {
    this.docs = entries.map((e, index) => ({
      index,
      names: [e.en, ...(e.enAlt ?? []), e.zh, e.zhTrad, ...(e.zhAlt ?? []), ...(e.zhTw ?? []), ...(e.zhHk ?? [])].map(foldString),
      acronyms: (e.acronyms ?? []).map(foldString),
      pinyin: [e.pinyin, ...(e.pinyinAlt ?? [])].filter((p): p is string => !!p).flatMap(pinyinForms),
      gloss: e.gloss,
      definition: e.definition,
    }));
    const records = this.docs.flatMap((d) => [...new Set([...d.acronyms, ...d.names, ...d.pinyin])].map((form) => ({ index: d.index, form })));
    this.byName = new Fuse(records, NAME_OPTIONS);
    this.byText = new Fuse(this.docs, TEXT_OPTIONS);
  }

  search(query: string, limit: number): SearchResult[] {
    const q = foldString(stripTones(query));
    if (!q) return [];
    const joined = q.replace(/\s+/g, '');
    // Ranks: an exact acronym (-3), an exact name (-2), a name the query begins (-1 and below: the more of the name
    // the query covers, the better), then fuzzy name hits (0-1), then hits in glosses and definitions only (1-2).
    const rank = (doc: SearchDoc): number => {
      const forms = [...doc.acronyms, ...doc.names, ...doc.pinyin];
      if (forms.some((f) => f === q || f === joined)) return doc.acronyms.includes(q) ? -3 : -2;
      let best = 0;
      for (const f of forms) {
        if (f.startsWith(q) || f.startsWith(joined)) best = Math.min(best, -1 - (0.5 * q.length) / f.length);
      }
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
    // Hits come best first, so the first hit of an entry is its best name.
    for (const hit of this.byName.search(q, { limit: limit * 4 })) add(hit.item.index, hit.score ?? 1);
    for (const hit of this.byText.search(q, { limit })) add(hit.item.index, 1 + (hit.score ?? 1));
    return results.sort((a, b) => a.score - b.score).slice(0, limit);
  }
}
