import { describe, expect, it } from 'vitest';
import { Matcher } from '../../matching/matcher';
import { userGlossary } from '../../user-terms/compile';
import { validateUserTerm, type UserTerm } from '../../user-terms/schema';

const term = (fields: Record<string, unknown>): UserTerm => {
  const r = validateUserTerm(fields);
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.term;
};

const TERMS = [
  term({
    en: 'Ministry of Finance',
    acronyms: ['MOF'],
    zh: '财政部',
    zhTrad: '財政部',
    pinyin: 'Cáizhèngbù',
    type: 'agency',
  }),
  term({
    en: 'common prosperity',
    enAlt: ['shared prosperity'],
    zh: '共同富裕',
    zhAlt: ['共富'],
    pinyin: 'gòngtóng fùyù',
  }),
  term({ en: 'data security programme', zh: '数据安全计划', status: 'abolished' }),
  term({ en: 'data security program', zh: '数据安全方案' }),
];
const OFFSET = 700;

describe('userGlossary', () => {
  const g = userGlossary(TERMS, OFFSET);
  const matcher = new Matcher(g.surfaces, g.automaton);
  const found = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), m.entry]);

  it("finds the user's terms by every name, with entry indices after the bundled ones", () => {
    const text =
      'The MOF (财政部, 財政部) and the ministry of finance. Gongtong fuyu, or 共富: SHARED PROSPERITY; caizhengbu.';
    expect(found(text)).toEqual([
      ['MOF', 700],
      ['财政部', 700],
      ['財政部', 700],
      ['ministry of finance', 700],
      ['Gongtong fuyu', 701],
      ['共富', 701],
      ['SHARED PROSPERITY', 701],
      ['caizhengbu', 700],
    ]);
  });

  it('matches acronyms case-sensitively and English names on word boundaries only', () => {
    expect(found('mof Mof MOFA XMOF prosperity commonprosperity')).toEqual([]);
  });

  it('takes plurals and the other spelling, and prefers a current term where two share a name', () => {
    expect(found('two Data Security Programs')).toEqual([['Data Security Programs', 703]]);
    const both = g.surfaces.find((s) => s.entries.length === 2)!;
    expect(both.entries).toEqual([703, 702]);
  });

  it('gives card entries with the traditional form the user gave, or the Chinese name', () => {
    expect(g.entries).toHaveLength(TERMS.length);
    expect(g.entries[0]).toMatchObject({
      id: 'user-ministry-of-finance',
      zhTrad: '財政部',
      acronyms: ['MOF'],
      pinyin: 'Cáizhèngbù',
    });
    expect(g.entries[1].zhTrad).toBe('共同富裕');
  });

  it('handles no terms', () => {
    const empty = userGlossary([], 5);
    expect(new Matcher(empty.surfaces, empty.automaton).match('anything 财政部')).toEqual([]);
  });
});
