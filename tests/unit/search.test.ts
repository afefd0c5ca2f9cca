import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { GlossarySearch } from '../../entrypoints/popup/search';

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
    // Typos forgiven, the agency still ahead of entries that mention it in their definitions.
    ['cyberspce admin', 'cac'],
    ['ministry of industy and information', 'miit'],
    // Acronyms bring their own entry first, ahead of names that merely contain the letters.
    ['PIPL', 'pipl'],
    ['MIIT', 'miit'],
    ['DSL', 'data-security-law'],
    ['CCP', 'cpc'],
    ['NDRC', 'ndrc'],
    ['TC260', 'tc260'],
    ['cac', 'cac'],
    // Traditional characters and Taiwan vocabulary.
    ['個人信息保護法', 'pipl'],
    ['數據安全法', 'data-security-law'],
    ['工業和信息化部', 'miit'],
    // Pinyin without tones, with or without spaces, and with tone marks.
    ['geren xinxi baohu fa', 'pipl'],
    ['gongye he xinxihua bu', 'miit'],
    ['fanghuo changcheng', 'great-firewall'],
    ['fánghuǒ chángchéng', 'great-firewall'],
    ['shehuixinyongtixi', 'social-credit-system'],
    // Prefixes of a name rank it above fuzzy hits elsewhere.
    ['Great Fire', 'great-firewall'],
    ['social credit sys', 'social-credit-system'],
    ['国家安全部', 'mss'],
  ])('ranks the right entry first for %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('returns nothing for an empty query and for nonsense', () => {
    expect(search.search('   ', 10)).toEqual([]);
    expect(search.search('zzzqqqxxx', 10)).toEqual([]);
  });

  it('leaves fuzzy matching out of the quick answer, and says when it would add hits', () => {
    // A typo finds nothing by name or word: the popup asks for the fuzzy tier once typing pauses.
    const typo = search.quick('cyberspce admin', 10);
    expect(typo.results.map((r) => r.entry.id)).not.toContain('cac');
    expect(typo.fuzzy).toBe(true);
    expect(search.search('cyberspce admin', 10)[0]?.entry.id).toBe('cac');
    // A name typed right is answered at once; where many names match, no fuzzy tier is wanted at all.
    expect(search.quick('data security law', 10).results[0]?.entry.id).toBe('data-security-law');
    expect(search.quick('security', 10).fuzzy).toBe(false);
  });

  it('respects the limit', () => {
    expect(search.search('law', 3).length).toBeLessThanOrEqual(3);
  });
});
