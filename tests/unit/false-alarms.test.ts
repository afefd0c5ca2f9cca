import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../glossary/matcher';

// Everyday Chinese phrases that hold a glossary surface by accident of segmentation, found by the held-out eval texts.
describe('the bundled glossary on everyday Chinese phrases', () => {
  const glossary = compileGlossary(loadGlossary().entries);
  const matcher = new Matcher(glossary.surfaces);
  const ids = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), glossary.entries[m.entry].id]);

  it('does not read 国企 (state-owned enterprise) out of "X国企业" (a country + enterprises)', () => {
    expect(ids('中国企业走出去，跨國企業和外国企业')).toEqual([]);
    expect(ids('深化国企改革')).toEqual([['国企', 'state-owned-enterprise']]);
  });

  it('does not read a law title out of 法律法规 ("laws and regulations")', () => {
    expect(ids('宣传个人信息保护法律法规，落实数据安全法规')).toEqual([]);
    expect(ids('个人信息保护法规定')).toEqual([['个人信息保护法', 'pipl']]);
  });
});
