import { describe, expect, it } from 'vitest';
import {
  findCandidates,
  foldToSimplified,
  formulationPattern,
  loadFormulations,
  parseFormulations,
  type Candidate,
} from '../../eval/coverage-candidates';
import { CoverageTally, fileCoverage, isMarked, textKind } from '../../eval/coverage';
import { matcher } from './fixture-glossary';

const FORMULATIONS = formulationPattern([
  '一带一路',
  '共同富裕',
  'common prosperity',
  "whole-process people's democracy",
]);

/** [category, text, key] of each candidate in `text`. */
function found(text: string, category?: Candidate['category']): Array<[string, string, string]> {
  return findCandidates(text, FORMULATIONS)
    .filter((c) => !category || c.category === category)
    .map((c) => [c.category, text.slice(c.start, c.end), c.key]);
}

describe('coverage candidates: titles', () => {
  it('takes a title that names a document, 中华人民共和国 kept in the span and dropped from the key', () => {
    expect(found('依照《中华人民共和国网络安全法》的规定')).toEqual([
      ['law', '中华人民共和国网络安全法', '网络安全法'],
    ]);
  });

  it('leaves a note such as （试行） out of the span', () => {
    expect(found('《数据出境安全评估办法（试行）》')).toEqual([
      ['law', '数据出境安全评估办法', '数据出境安全评估办法'],
    ]);
  });

  it('takes the inner 〈〉 title as well as the outer one', () => {
    expect(found('《关于修改〈中华人民共和国个人所得税法〉的决定》', 'law')).toEqual([
      ['law', '关于修改〈中华人民共和国个人所得税法〉的决定', '关于修改〈中华人民共和国个人所得税法〉的决定'],
      ['law', '中华人民共和国个人所得税法', '个人所得税法'],
    ]);
  });

  it('skips titles of programmes and books, and a bare 《条例》 that refers back', () => {
    expect(found('《新闻联播》报道，《死亡筆記》上映；《条例》第三条')).toEqual([]);
  });

  it('reads traditional titles, keyed in simplified', () => {
    expect(found('《逃犯條例》修訂')).toEqual([['law', '逃犯條例', '逃犯条例']]);
  });
});

describe('coverage candidates: national bodies', () => {
  it('finds bodies by prefix and suffix', () => {
    expect(found('国家互联网信息办公室、国家市场监督管理总局和最高人民法院', 'agency').map((c) => c[1])).toEqual([
      '国家互联网信息办公室',
      '国家市场监督管理总局',
      '最高人民法院',
    ]);
  });

  it('stops a name at a verb or a title: 国务院 alone, not 国务院总理…部', () => {
    expect(found('国务院总理李强会见外交部长', 'agency').map((c) => c[1])).toEqual(['国务院']);
  });

  it('keeps the longer Party body, not also the 中央 body inside it', () => {
    expect(found('中共中央宣传部发布', 'agency').map((c) => c[1])).toEqual(['中共中央宣传部']);
  });

  it('takes a ministry without a prefix, not 司法部门', () => {
    expect(found('外交部发言人说，司法部门依法处理', 'agency').map((c) => c[1])).toEqual(['外交部']);
  });

  it('skips 国家 as a common noun and other countries’ bodies', () => {
    expect(found('80个国家签署协议。美国国防部称，美国中央司令部表示，国家有关部门', 'agency')).toEqual([]);
  });

  it('reads traditional names', () => {
    expect(found('全國人大常委會通過', 'agency').map((c) => c[2])).toEqual(['全国人大常委会']);
  });
});

describe('coverage candidates: English', () => {
  it('takes a body owned by China, without its owner word', () => {
    expect(found("China's Ministry of State Security said", 'agency')).toEqual([
      ['agency', 'Ministry of State Security', 'ministry of state security'],
    ]);
  });

  it('takes a name holding China, and a law in a paragraph about China', () => {
    expect(found('The Cyberspace Administration of China enforces the Personal Information Protection Law.')).toEqual([
      ['agency', 'Cyberspace Administration of China', 'cyberspace administration of china'],
      ['law', 'Personal Information Protection Law', 'personal information protection law'],
    ]);
  });

  it('skips a paragraph without a China cue, and foreign bodies in one with it', () => {
    expect(found('The Securities and Exchange Commission fined the firm.')).toEqual([]);
    expect(found('Beijing responded after the US Federal Communications Commission acted.')).toEqual([]);
  });

  it('cuts "the Ministry of A and the Ministry of B" into two names', () => {
    expect(
      found("China's Ministry of Natural Resources and the Ministry of Ecology and Environment", 'agency').map(
        (c) => c[1],
      ),
    ).toEqual(['Ministry of Natural Resources', 'Ministry of Ecology and Environment']);
  });
});

describe('coverage candidates: formulations', () => {
  it('reads the list, comments and blank lines dropped', () => {
    expect(parseFormulations('# heading\n一带一路\n\ncommon prosperity # note\n')).toEqual([
      '一带一路',
      'common prosperity',
    ]);
  });

  it('matches Chinese in either script and English in any case, spaces and hyphens alike', () => {
    expect(found('共建一帶一路。Common Prosperity and whole process people’s democracy.', 'formulation')).toEqual([
      ['formulation', '一帶一路', '一带一路'],
      ['formulation', 'Common Prosperity', 'common prosperity'],
      ['formulation', 'whole process people’s democracy', "whole process people's democracy"],
    ]);
  });

  it('keeps English formulations to whole words', () => {
    expect(found('uncommon prosperityish', 'formulation')).toEqual([]);
  });

  it('has some 150 formulations or more in the repository list, none twice', () => {
    const list = loadFormulations();
    expect(list.length).toBeGreaterThanOrEqual(150);
    expect(new Set(list.map((f) => f.toLowerCase())).size).toBe(list.length);
  });
});

describe('coverage arithmetic', () => {
  it('folds traditional to simplified offset for offset', () => {
    const text = '國家安全公署與個人資料';
    expect(foldToSimplified(text)).toHaveLength(text.length);
  });

  it('counts a candidate marked when marks cover 80% of it, together', () => {
    const c = { start: 0, end: 10 };
    expect(isMarked(c, [{ start: 0, end: 8 }])).toBe(true);
    expect(isMarked(c, [{ start: 0, end: 7 }])).toBe(false);
    expect(
      isMarked(c, [
        { start: 0, end: 4 },
        { start: 3, end: 6 },
        { start: 6, end: 8 },
      ]),
    ).toBe(true);
  });

  it('tells legal text from news by folder, first line or articles', () => {
    expect(textKind('corpus/legal/x.md', 'anything')).toBe('legal');
    expect(textKind('corpus/news/x.md', '# 中华人民共和国网络安全法')).toBe('news');
    expect(textKind('x.md', '# 中华人民共和国网络安全法\n\n正文')).toBe('legal');
    expect(textKind('x.md', '第一条 a\n第二条 b\n第三条 c\n第四条 d\n第五条 e')).toBe('legal');
    expect(textKind('x.md', '新闻：依照第一条')).toBe('news');
  });

  it('tallies marked shares and the most frequent unmarked names', () => {
    const text = '国家互联网信息办公室\n\n国家数据局和国家数据局依照《中华人民共和国网络安全法》。';
    const tally = new CoverageTally();
    tally.add(fileCoverage('corpus/news/a.txt', text, matcher, FORMULATIONS), text.length);
    const news = tally.result(5).news!;
    expect(news.files).toBe(1);
    expect(news.categories.agency).toMatchObject({ mentions: 3, marked: 1 });
    expect(news.categories.agency.topUnmarked).toEqual([{ key: '国家数据局', count: 2, example: '国家数据局' }]);
    expect(news.categories.law).toMatchObject({ mentions: 1, marked: 1, share: 1 });
    expect(news.categories.formulation.share).toBeNull();
  });
});
