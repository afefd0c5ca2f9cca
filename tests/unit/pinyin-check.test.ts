import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load';
import { loadSettled, pinyinDisagreements } from '../../glossary/pinyin-check';
import { entry } from './fixture-glossary';

describe('pinyin beside pinyin-pro', () => {
  it('agrees on tones, case, spacing, neutral tones and bracketed notes', () => {
    const entries = [
      entry({ id: 'a', type: 'law', en: 'A', zh: '网络安全法', pinyin: 'Wǎngluò Ānquán Fǎ' }),
      entry({ id: 'b', type: 'policy', en: 'B', zh: '讲好中国故事', pinyin: 'jiǎng hǎo Zhōngguó gùshi' }),
      entry({ id: 'c', type: 'policy', en: 'C', zh: '一国两制', pinyin: 'yī guó liǎng zhì' }),
      entry({ id: 'd', type: 'law', en: 'D', zh: '数据出境办法（试行）', pinyin: 'Shùjù Chūjìng Bànfǎ' }),
    ];
    expect(pinyinDisagreements(entries)).toEqual([]);
  });

  it('lists a pinyin that reads another name, or another tone, unless settled with that pinyin', () => {
    const short = entry({
      id: 'm',
      type: 'agency',
      en: 'M',
      zh: '中国共产党中央委员会政治局委员',
      pinyin: 'Zhèngzhìjú Wěiyuán',
    });
    const tone = entry({ id: 't', type: 'law', en: 'T', zh: '若干规定', pinyin: 'Ruògàn Guīdìng' });
    expect(pinyinDisagreements([short, tone]).map((d) => d.id)).toEqual(['m', 't']);
    const settled = { t: { pinyin: 'Ruògàn Guīdìng', reason: 'a test' } };
    expect(pinyinDisagreements([short, tone], settled).map((d) => d.id)).toEqual(['m']);
  });

  it('leaves nothing unsettled in the bundled glossary', () => {
    expect(pinyinDisagreements(loadGlossary().entries, loadSettled())).toEqual([]);
  });
});
