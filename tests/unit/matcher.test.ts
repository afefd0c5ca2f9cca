import { describe, expect, it } from 'vitest';
import { CHINA, withContext } from '../../matching/context';
import { MatchList } from '../../matching/match-list';
import { fixture, found, matcher } from './fixture-glossary';

describe('matcher', () => {
  it('finds English names case-insensitively on word boundaries', () => {
    expect(found('The cyberspace administration of china said.')).toEqual([
      ['cyberspace administration of china', 'cac'],
    ]);
    expect(found('NotCyberspace Administration of Chinas')).toEqual([]);
  });

  it('finds acronyms case-sensitively and as whole words only', () => {
    expect(found('the CAC, the CAC’s rules')).toEqual([
      ['CAC', 'cac'],
      ['CAC', 'cac'],
    ]);
    expect(found('cac CACHE ACAC CAC2')).toEqual([]);
  });

  it('finds Chinese anywhere, with no word boundaries', () => {
    expect(found('据国家网信部门消息，网信办发布')).toEqual([
      ['国家网信部门', 'cac'],
      ['网信办', 'cac'],
    ]);
  });

  it('does not take a law title out of a longer word: 法律, 法规, 法例, 法人 (but 法规定, 法例如 and 法人民 keep it)', () => {
    expect(found('宣传网络安全法律法规')).toEqual([]);
    expect(found('网络安全法规')).toEqual([]);
    expect(found('網絡安全法例')).toEqual([]);
    expect(found('网络安全法规定，网络运营者')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(found('網絡安全法規定')).toEqual([['網絡安全法', 'cybersecurity-law']]);
    expect(found('网络安全法例如')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(found('网络安全法人员')).toEqual([]);
    expect(found('依照网络安全法人民法院受理')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(found('违反网络安全法人大常委会')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(found('《网络安全法》律师')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(found('网络安全法')).toEqual([['网络安全法', 'cybersecurity-law']]);
  });

  it('prefers the leftmost-longest match', () => {
    expect(found('《中华人民共和国网络安全法》')).toEqual([['中华人民共和国网络安全法', 'cybersecurity-law']]);
    expect(found('the Central Leading Group for Cybersecurity and Informatization met')).toEqual([
      ['Central Leading Group for Cybersecurity and Informatization', 'clgci'],
    ]);
    expect(found('中央网络安全和信息化领导小组')).toEqual([['中央网络安全和信息化领导小组', 'clgci']]);
  });

  it('matches a name across line breaks and runs of white space', () => {
    expect(found('the Cyberspace\n   Administration of\u00a0China')).toEqual([
      ['Cyberspace\n   Administration of\u00a0China', 'cac'],
    ]);
  });

  it('matches full-width letters and curly apostrophes', () => {
    expect(found('ＣＡＣ')).toEqual([['ＣＡＣ', 'cac']]);
    expect(found('Cybersecurity Law of the People’s Republic of China')).toEqual([
      ['Cybersecurity Law of the People’s Republic of China', 'cybersecurity-law'],
    ]);
  });

  it('matches pinyin with or without tone marks and spaces', () => {
    for (const text of ['wǎngluò qiángguó', 'wangluo qiangguo', 'Wangluo Qiangguo', 'wangluoqiangguo']) {
      expect(found(`goal: ${text}.`)).toEqual([[text, 'cyber-superpower']]);
    }
    expect(found('wangluoqiangguos')).toEqual([]);
  });

  it('gives offsets in UTF-16 code units of the input, including after astral characters', () => {
    const text = '😀😀 CAC and 网信办';
    const ms = matcher.match(text);
    expect(ms.map((m) => [m.start, m.end])).toEqual([
      [5, 8],
      [13, 16],
    ]);
  });

  it('keeps an ambiguous acronym only with a China term in the same document', () => {
    const alone = matcher.match('The CAC said so; PLA is cheap.');
    expect(alone).toHaveLength(2);
    expect(withContext(alone, fixture.surfaces)).toEqual([]);
    const withChina = matcher.match('The CAC (网信办) fined a firm.');
    expect(withContext(withChina, fixture.surfaces).map((m) => fixture.entries[m.entry].id)).toEqual(['cac', 'cac']);
  });

  it('takes plurals of English names, and leaves possessives outside the match', () => {
    expect(found('two cybersecurity reviews and a cybersecurity review’s scope')).toEqual([
      ['cybersecurity reviews', 'cybersecurity-review'],
      ['cybersecurity review', 'cybersecurity-review'],
    ]);
    expect(found('the CAC’s rules')).toEqual([['CAC', 'cac']]);
    expect(found('cybersecurity reviewers').map(([, id]) => id)).not.toContain('cybersecurity-review');
  });

  it('matches British and American spellings of a name', () => {
    expect(found('data localization and data localisation')).toEqual([
      ['data localization', 'data-localisation'],
      ['data localisation', 'data-localisation'],
    ]);
  });

  it('never marks a surface inside an exclusion phrase, even with a China term nearby', () => {
    expect(found('The CAC 40 fell as the 网信办 met. The CAC acted.')).toEqual([
      ['网信办', 'cac'],
      ['CAC', 'cac'],
    ]);
    expect(found('PLA filament and 3D printing PLA; the PLA (中国人民解放军)')).toEqual([
      ['PLA', 'pla'],
      ['中国人民解放军', 'pla'],
    ]);
  });

  it('drops an ambiguous name in a text where a cue gives it another sense, and only its ambiguous names', () => {
    // One text is one paragraph (a block on a page, a paragraph of a file): the cue speaks for all of it.
    expect(found('Verdalis buys PLA from a bioplastics plant; the PLA contract runs to 2027.')).toEqual([]);
    // An acronym the same text defines by an unambiguous name stays, cue or no cue: the writer has said what it is.
    expect(found('The PLA, 中国人民解放军, buys polylactic cups.')).toEqual([
      ['PLA', 'pla'],
      ['中国人民解放军', 'pla'],
    ]);
    expect(found('The PLA buys polylactic cups.')).toEqual([]);
    expect(found('这家公司生产PLA（聚乳酸）材料')).toEqual([]);
    // Without the cue the same acronym is marked; a cue is never marked itself, nor does it count as a China term.
    expect(found('The PLA, 中国人民解放军, held drills.')).toEqual([
      ['PLA', 'pla'],
      ['中国人民解放军', 'pla'],
    ]);
    expect(matcher.match('polylactic and bioplastic and 聚乳酸')).toEqual([]);
    // The cue speaks against its own entry only: the CAC in the same paragraph is still marked.
    expect(found('The CAC (网信办) looked at PLA bioplastic imports.')).toEqual([
      ['CAC', 'cac'],
      ['网信办', 'cac'],
    ]);
    // Only where it stands: a paragraph without the cue keeps its PLA.
    const out = new MatchList();
    matcher.scan(['PLA from a polylactic plant'], 1, out);
    expect(out.count).toBe(0);
    matcher.scan(['The PLA ', 'marched'], 2, out);
    expect(out.count).toBe(1);
  });

  it('gives a shared name to the entry a preference in the same text speaks for, and elsewhere to its usual entry', () => {
    expect(found('The National Security Law of 2015 is broad.')).toEqual([['National Security Law', 'nsl']]);
    expect(found('In Hong Kong, the National Security Law took effect in 2020.')).toEqual([
      ['National Security Law', 'hk-nsl'],
    ]);
    expect(found('《香港国安法》（National Security Law）')).toEqual([
      ['香港国安法', 'hk-nsl'],
      ['National Security Law', 'hk-nsl'],
    ]);
    // The preference is not a mark, and names only one entry has keep it.
    expect(found('Hong Kong and 国家安全法')).toEqual([['国家安全法', 'nsl']]);
  });

  it('reads a name quoted in whole or in part, with any kind of double quote, as the name', () => {
    expect(found('the “CAC” and a cybersecurity "review" or «cybersecurity review»')).toEqual([
      ['CAC', 'cac'],
      ['cybersecurity "review"', 'cybersecurity-review'],
      ['cybersecurity review', 'cybersecurity-review'],
    ]);
    // A closing quote is taken in only when the match opened it.
    expect(found('"the CAC" and the cybersecurity review"')).toEqual([
      ['CAC', 'cac'],
      ['cybersecurity review', 'cybersecurity-review'],
    ]);
  });

  it('returns nothing for text without terms and for empty text', () => {
    expect(found('')).toEqual([]);
    expect(found('An ordinary sentence about the weather.')).toEqual([]);
  });
});

describe('hyphens and dashes', () => {
  it('treats a hyphen, a dash and a space alike inside names', () => {
    for (const text of [
      'cybersecurity-review',
      'cybersecurity review',
      'cybersecurity–review',
      'cybersecurity - review',
    ]) {
      expect(
        found(`a ${text} began`).map(([, id]) => id),
        text,
      ).toEqual(['cybersecurity-review']);
    }
  });
});

describe('matching text in parts', () => {
  const texts = [
    'the Cyberspace\n   Administration of\u00a0China and the CAC’s rules',
    'two cybersecurity reviews, ＣＡＣ, CAC 40 and 《中华人民共和国网络安全法》',
    'goal: wǎngluò qiángguó. PLA filament; the PLA (中国人民解放军) and data localisations',
    'NotCyberspace Administration of Chinas cac CACHE ACAC CAC2 cybersecurity reviewers',
  ];

  it('finds what the joined text gives, wherever the text is cut (a term across inline tags)', () => {
    const out = new MatchList();
    for (const text of texts) {
      const whole = matcher.match(text);
      for (let cut = 1; cut < 9; cut++) {
        // Parts of `cut` units, and a part cut at every position of the text in turn.
        const parts = text.match(new RegExp(`[^]{1,${cut}}`, 'g'))!;
        matcher.scan(parts, parts.length, out);
        const got = Array.from({ length: out.count }, (_, i) => ({
          start: out.start[i],
          end: out.end[i],
          surface: out.surface[i],
          entry: out.entry[i],
          ...(out.flags[i] & CHINA ? { china: true } : {}),
        }));
        expect(got, `${text} in parts of ${cut}`).toEqual(whole);
      }
      for (let at = 0; at <= text.length; at++) {
        matcher.scan([text.slice(0, at), '', text.slice(at)], 3, out);
        expect(out.count, `${text} cut at ${at}`).toBe(whole.length);
      }
    }
  });
});
