import { describe, expect, it } from 'vitest';
import { emptyScore, scoreReal, type GoldSpan } from '../../eval/real-set';
import { proposeKeys, type KeyUse } from '../../eval/real-keys';
import { entry } from './fixture-glossary';

// Text positions only matter for overlap: five gold spans, one of them a trap, and five marks.
const gold: GoldSpan[] = [
  { start: 0, end: 5, cat: 'agency', key: '国家互联网信息办公室' },
  { start: 10, end: 15, cat: 'law', key: '中华人民共和国网络安全法' },
  { start: 20, end: 25, cat: 'law', key: '没有条目的法' },
  { start: 30, end: 35, cat: 'concept', key: '还没映射的概念' },
  { start: 40, end: 45, cat: 'trap', key: 'trap:CAC 40 index' },
];
const keys = { 国家互联网信息办公室: 'cac', 中华人民共和国网络安全法: 'cybersecurity-law', 没有条目的法: null };

describe('real-set scoring', () => {
  it('judges the entry of marks on mapped keys only, counting null keys as gaps', () => {
    const score = emptyScore();
    scoreReal(
      gold,
      [
        { start: 1, end: 4, id: 'cac' }, // right entry, inside the span
        { start: 8, end: 12, id: 'data-security-law', text: '安全法' }, // overlaps a law with another entry: wrong
        { start: 20, end: 25, id: 'some-law' }, // on a key the glossary has no entry for: a gap
        { start: 30, end: 35, id: 'x' }, // on a key not in keys.json: neither judged nor a gap
        { start: 40, end: 45, id: 'cac' }, // a trap
      ],
      keys,
      score,
    );
    expect(score).toMatchObject({ gold: 4, hit: 4, found: 5, right: 4, trapsMarked: 1 });
    expect(score.judged).toBe(2);
    expect(score.rightEntry).toBe(1);
    expect(score.gaps).toBe(1);
    expect([...score.unmapped]).toEqual(['还没映射的概念']);
    expect(score.wrongEntries).toEqual([
      { key: '中华人民共和国网络安全法', want: 'cybersecurity-law', got: 'data-security-law', text: '安全法' },
    ]);
  });

  it('counts a mark over two spans right when it gives either entry', () => {
    const score = emptyScore();
    const both: GoldSpan[] = [
      { start: 0, end: 5, cat: 'law', key: '没有条目的法' },
      { start: 5, end: 9, cat: 'law', key: '中华人民共和国网络安全法' },
    ];
    scoreReal(both, [{ start: 3, end: 9, id: 'cybersecurity-law' }], keys, score);
    expect([score.judged, score.rightEntry, score.gaps]).toEqual([1, 1, 0]);
  });
});

describe('key proposals', () => {
  const entries = [
    entry({ id: 'cac', type: 'agency', en: 'Cyberspace Administration of China', zh: '国家互联网信息办公室' }),
    entry({ id: 'siio', type: 'agency', en: 'State Internet Information Office', zh: '国家互联网信息办公室' }),
    entry({ id: 'csl', type: 'law', en: 'Cybersecurity Law', zh: '中华人民共和国网络安全法', zhAlt: ['网络安全法'] }),
    entry({ id: 'pipl', type: 'law', en: 'PIPL', zh: '中华人民共和国个人信息保护法' }),
  ];
  const use = (key: string, ...surfaces: string[]): [string, KeyUse] => [
    key,
    { key, cats: new Set(['law']), surfaces: new Set(surfaces), texts: new Set(['t']), heldBackOnly: false },
  ];

  it('proposes a key that names one entry, never overwrites a value, and leaves ambiguous keys to a person', () => {
    const uses = new Map([
      use('中华人民共和国网络安全法', '网安法'),
      use('国家互联网信息办公室', 'CAC'),
      use('中华人民共和国个人信息保护法', '个保法'),
      use('中华人民共和国网络安全法实施条例', '网络安全法实施条例'),
    ]);
    const p = proposeKeys(uses, { 中华人民共和国个人信息保护法: null, 旧键: 'gone' }, entries);
    expect([...p.proposed]).toEqual([['中华人民共和国网络安全法', 'csl']]);
    expect(p.unmapped.map((u) => [u.use.key, u.exact])).toEqual([
      ['国家互联网信息办公室', ['cac', 'siio']],
      ['中华人民共和国网络安全法实施条例', []],
    ]);
    // The implementing regulations are another document: the law is only offered as a near name to look at.
    expect(p.unmapped[1].near).toContain('csl');
    expect(p.unused).toEqual(['旧键']);
    expect(p.badIds).toEqual(['旧键 → gone']);
  });
});
