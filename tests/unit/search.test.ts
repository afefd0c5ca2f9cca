import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/compile';
import { loadGlossary } from '../../glossary/load';
import { GlossarySearch } from '../../lib/search';

const glossary = compileGlossary(loadGlossary().entries);
const search = new GlossarySearch(glossary.entries);
const first = (q: string) => search.search(q, 10)[0]?.entry.id;

describe('glossary search', () => {
  it.each([
    ['CAC', 'cac'],
    ['cyberspace administration', 'cac'],
    ['cyberspce administraton', 'cac'],
    ['网信办', 'cac'],
    ['國家互聯網信息辦公室', 'cac'],
    ['网络安全法', 'cybersecurity-law'],
    ['wangluo qiangguo', 'cyber-superpower'],
    ['wǎngluò qiángguó', 'cyber-superpower'],
    ['wangluoqiangguo', 'cyber-superpower'],
    ['Cybersecurity Law', 'cybersecurity-law'],
  ])('ranks the right entry first for %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(search.search('   ', 10)).toEqual([]);
    expect(search.search('zzzqqqxxx', 10)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search.search('law', 3).length).toBeLessThanOrEqual(3);
  });
});
