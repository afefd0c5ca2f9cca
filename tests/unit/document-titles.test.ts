/**
 * A 《》 title the glossary does not hold, ending in a kind of document, is marked whole with the kind's entry
 * (matching/titles.ts, `SurfaceKind.TitleEnd`); a title an entry names keeps that entry.
 */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { Matcher } from '../../matching/matcher';
import { entry } from './fixture-glossary';

const glossary = compileGlossary([
  entry({ id: 'state-council', type: 'agency', en: 'State Council', zh: '国务院' }),
  entry({
    id: 'pipl',
    type: 'law',
    status: 'in-force',
    en: 'Personal Information Protection Law',
    zh: '中华人民共和国个人信息保护法',
    zhAlt: ['个人信息保护法'],
  }),
  entry({
    id: 'data-twenty',
    type: 'law',
    subtype: 'party-document',
    status: 'in-force',
    en: 'Opinions on Building a Basic Data System',
    zh: '关于构建数据基础制度更好发挥数据要素作用的意见',
    zhAlt: ['数据二十条'],
  }),
  entry({
    id: 'kind-opinions',
    type: 'law',
    subtype: 'document-kind',
    en: 'Opinions',
    zh: '意见',
    unmarked: ['意见', 'Opinions'],
  }),
  entry({
    id: 'kind-decision',
    type: 'law',
    subtype: 'document-kind',
    en: 'Decision',
    zh: '决定',
    unmarked: ['决定', 'Decision'],
  }),
  entry({
    id: 'kind-measures',
    type: 'law',
    subtype: 'document-kind',
    en: 'Measures',
    zh: '办法',
    unmarked: ['办法', 'Measures'],
  }),
  entry({
    id: 'kind-plan',
    type: 'law',
    subtype: 'document-kind',
    en: 'Plan',
    zh: '计划',
    ambiguous: ['计划'],
    unmarked: ['计划', 'Plan'],
  }),
]);
const ids = glossary.entries.map((e) => e.id);
const matcher = new Matcher(glossary.surfaces);
const marks = (text: string) => matcher.match(text).map((m) => [text.slice(m.start, m.end), ids[m.entry]]);

describe('titles the glossary does not hold', () => {
  it('marks the whole title with its kind, over the names inside it', () => {
    expect(marks('国务院印发《国务院关于促进数字经济发展的意见》。')).toEqual([
      ['国务院', 'state-council'],
      ['国务院关于促进数字经济发展的意见', 'kind-opinions'],
    ]);
    expect(marks('《关于修改〈中华人民共和国个人信息保护法〉的决定》')).toEqual([
      ['关于修改〈中华人民共和国个人信息保护法〉的决定', 'kind-decision'],
    ]);
  });

  it('takes a trial or draft note in, in either script', () => {
    expect(marks('《数据出境管理办法（试行）》')).toEqual([['数据出境管理办法（试行）', 'kind-measures']]);
    expect(marks('《數據出境管理辦法（試行）》')).toEqual([['數據出境管理辦法（試行）', 'kind-measures']]);
  });

  it('leaves a title an entry names to that entry, whole or as its end', () => {
    expect(marks('《中华人民共和国个人信息保护法》')).toEqual([['中华人民共和国个人信息保护法', 'pipl']]);
    expect(marks('《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》')).toEqual([
      ['国务院', 'state-council'],
      ['关于构建数据基础制度更好发挥数据要素作用的意见', 'data-twenty'],
    ]);
    // A combining mark before 》 (which folding skips) does not make the named title another, unnamed one (fuzzing).
    expect(marks('《关于构建数据基础制度更好发挥数据要素作用的意见\u0300》')).toEqual([
      ['关于构建数据基础制度更好发挥数据要素作用的意见', 'data-twenty'],
    ]);
  });

  it('needs a 《 on the same line, and something before the kind word', () => {
    expect(marks('他们提出意见》')).toEqual([]);
    expect(marks('《意见》')).toEqual([]);
    expect(marks('《关于\n数据的意见》')).toEqual([]);
    expect(marks('这个决定很重要')).toEqual([]);
  });

  it('needs an official-looking title for a kind whose word ends other titles too', () => {
    expect(marks('电影《流浪地球计划》上映')).toEqual([]);
    expect(marks('国务院印发《2024年立法工作计划》')).toEqual([
      ['国务院', 'state-council'],
      ['2024年立法工作计划', 'kind-plan'],
    ]);
  });
});
