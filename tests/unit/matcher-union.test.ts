import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../matching/matcher';
import { MatcherUnion } from '../../matching/union';
import { userGlossary } from '../../user-terms/compile';
import type { UserTerm } from '../../user-terms/schema';

const glossary = compileGlossary(loadGlossary().entries);
const bundled = new Matcher(glossary.surfaces);
const term = (fields: Partial<UserTerm> & Pick<UserTerm, 'id' | 'en' | 'zh'>): UserTerm => ({
  type: 'agency',
  status: 'active',
  gloss: '',
  ...fields,
});
const terms = [
  term({ id: 'user-lantern', en: 'Lantern Bureau of Examples', zh: '灯笼示例局', acronyms: ['LBE'] }),
  // Longer than a bundled name it contains.
  term({ id: 'user-cac-lab', en: 'Cyberspace Administration of China Test Lab', zh: '网信办测试实验室' }),
  // The same name as a bundled entry: the user's wins the tie.
  term({ id: 'user-my-cac', en: 'CAC', zh: '国家网信办甲', acronyms: ['CAC'] }),
];
const user = userGlossary(terms, glossary.entries.length);
const union = new MatcherUnion(bundled, new Matcher(user.surfaces, user.automaton));
const entries = [...glossary.entries, ...user.entries];
const found = (text: string) =>
  union.match(text).map((m) => [text.slice(m.start, m.end), entries[m.entry].id, union.surfaces.get(m.surface).kind]);

describe('the bundled glossary and the user’s terms as one matcher', () => {
  it('finds the user’s terms in every form, and bundled terms beside them', () => {
    expect(
      found('The Lantern Bureau of Examples (灯笼示例局, LBE) met the Cyberspace Administration of China.').map(
        ([s, id]) => [s, id],
      ),
    ).toEqual([
      ['Lantern Bureau of Examples', 'user-lantern'],
      ['灯笼示例局', 'user-lantern'],
      ['LBE', 'user-lantern'],
      ['Cyberspace Administration of China', 'cac'],
    ]);
  });

  it('keeps leftmost-longest across both: a longer user name wins over the bundled name inside it, and ties go to the user', () => {
    expect(found('the Cyberspace Administration of China Test Lab').map(([s, id]) => [s, id])).toEqual([
      ['Cyberspace Administration of China Test Lab', 'user-cac-lab'],
    ]);
    expect(found('the CAC said').map(([, id]) => id)).toEqual(['user-my-cac']);
    // 网信办 alone is still the bundled CAC; inside the user's longer name it is the user's.
    expect(found('网信办称').map(([, id]) => id)).toEqual(['cac']);
    expect(found('网信办测试实验室称').map(([, id]) => id)).toEqual(['user-cac-lab']);
  });

  it('gives the bundled matcher’s results unchanged when the user’s terms are not in the text', () => {
    const text = '《网络安全法》 and the Data Security Law';
    expect(union.match(text)).toEqual(bundled.match(text));
  });
});
