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

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'acronyms', weight: 3 },
    { name: 'names', weight: 3 },
    { name: 'pinyin', weight: 2 },
    { name: 'gloss', weight: 0.6 },
    { name: 'definition', weight: 0.3 },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
};

function pinyinForms(py: string): string[] {
  const toneless = foldString(stripTones(py));
  return [toneless, toneless.replace(/[\s'-]+/g, '')];
}

export class GlossarySearch {
  private readonly docs: SearchDoc[];
  private readonly fuse: Fuse<SearchDoc>;

  constructor(private readonly entries: readonly CompiledEntry[]) {
    this.docs = entries.map((e, index) => ({
      index,
      names: [e.en, ...(e.enAlt ?? []), e.zh, e.zhTrad, ...(e.zhAlt ?? []), ...(e.zhTw ?? []), ...(e.zhHk ?? [])].map(foldString),
      acronyms: (e.acronyms ?? []).map(foldString),
      pinyin: [e.pinyin, ...(e.pinyinAlt ?? [])].filter((p): p is string => !!p).flatMap(pinyinForms),
      gloss: e.gloss,
      definition: e.definition,
    }));
    this.fuse = new Fuse(this.docs, OPTIONS);
  }

  search(query: string, limit: number): SearchResult[] {
    const q = foldString(stripTones(query));
    if (!q) return [];
    const joined = q.replace(/\s+/g, '');
    // Exact and prefix hits on a name, acronym or pinyin rank first, whatever fuse's fuzzy score says.
    const rank = (doc: SearchDoc): number => {
      const forms = [...doc.acronyms, ...doc.names, ...doc.pinyin];
      if (forms.some((f) => f === q || f === joined)) return doc.acronyms.includes(q) ? -3 : -2;
      if (forms.some((f) => f.startsWith(q) || f.startsWith(joined))) return -1;
      return 0;
    };
    const seen = new Set<number>();
    const results: SearchResult[] = [];
    for (const doc of this.docs) {
      const r = rank(doc);
      if (r < 0) {
        results.push({ entry: this.entries[doc.index], score: r });
        seen.add(doc.index);
      }
    }
    for (const hit of this.fuse.search(q, { limit: limit * 2 })) {
      if (seen.has(hit.item.index)) continue;
      seen.add(hit.item.index);
      results.push({ entry: this.entries[hit.item.index], score: hit.score ?? 1 });
    }
    return results.sort((a, b) => a.score - b.score).slice(0, limit);
  }
}
