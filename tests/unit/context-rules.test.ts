/**
 * The context rules (docs/context-rules.md) on a small glossary: China words confirm ambiguous names, a foreign
 * country's name makes a name that country's, titles are titles, variants of English names, and sense.
 */
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { withContext } from '../../matching/context';
import { Matcher } from '../../matching/matcher';
import { spellingVariants } from '../../matching/surface-rules';
import { surfacesOf } from '../../matching/surfaces';
import { SurfaceKind } from '../../matching/model';
import { matchDocument } from '../../text/document';
import { packBundle, unpackBundle } from '../../matching/bundle';
import { entry, fixture } from './fixture-glossary';

const glossary = compileGlossary([
  ...fixture.entries,
  entry({ id: 'state-council', type: 'agency', en: 'State Council', ambiguous: ['State Council'], zh: '国务院' }),
  entry({
    id: 'mss',
    type: 'agency',
    en: 'Ministry of State Security',
    acronyms: ['MSS'],
    ambiguous: ['Ministry of State Security', 'MSS'],
    zh: '国家安全部',
  }),
  entry({
    id: 'mofa',
    type: 'agency',
    en: 'Ministry of Foreign Affairs',
    ambiguous: ['Ministry of Foreign Affairs', '外交部'],
    zh: '外交部',
    otherSenseCues: ['中華民國', '立法院'],
  }),
  entry({ id: 'npc-9', type: 'policy', en: 'Ninth National People’s Congress', zh: '第九届全国人民代表大会' }),
  entry({ id: 'npcsc', type: 'agency', en: 'NPC Standing Committee', zh: '全国人民代表大会常务委员会' }),
  entry({ id: 'eight-point', type: 'law', en: 'eight-point regulation', zh: '中央八项规定' }),
  entry({ id: 'review-measures', type: 'law', en: 'Cybersecurity Review Measures', zh: '网络安全审查办法' }),
  entry({ id: 'assessment', type: 'policy', en: 'security assessment for outbound data', zh: '数据出境安全评估' }),
  entry({ id: 'ly-member', type: 'agency', en: 'Legislative Yuan member', zh: '立法委员', zhAlt: ['立委'] }),
  entry({ id: 'hk-police', type: 'agency', en: 'Hong Kong Police Force', zh: '香港警务处', zhAlt: ['警务处'] }),
  entry({
    id: 'hk-police-chief',
    type: 'agency',
    en: 'Commissioner of Police',
    zh: '警务处处长',
    relations: { parent: 'hk-police' },
  }),
]);
const matcher = new Matcher(glossary.surfaces);
const ids = (text: string) =>
  matchDocument('t.txt', text, matcher).matches.map((m) => [text.slice(m.start, m.end), glossary.entries[m.entry].id]);

describe('China context', () => {
  it('marks an ambiguous name whose paragraph says China, and only then when no unambiguous term is near', () => {
    expect(ids("Beijing's State Council met on Monday.")).toEqual([['State Council', 'state-council']]);
    expect(ids("Hackers tied to China's Ministry of State Security; the MSS denied it.")).toEqual([
      ['Ministry of State Security', 'mss'],
      ['MSS', 'mss'],
    ]);
    expect(ids('我国外交部发言人表示反对。')).toEqual([['外交部', 'mofa']]);
    expect(ids('The State Council met on Monday.')).toEqual([]);
  });

  it('lets a confirmed name count for the whole document, as an unambiguous one does', () => {
    expect(ids('The Chinese State Council met.\n\nLater the MSS said nothing.')).toEqual([
      ['State Council', 'state-council'],
      ['MSS', 'mss'],
    ]);
  });

  it('takes Hong Kong’s own places and words as China, since its news seldom says 香港', () => {
    expect(ids('新界東補選後，外交部未有回應。')).toEqual([['外交部', 'mofa']]);
    expect(ids('補選後，外交部未有回應。')).toEqual([]);
    expect(ids('Voters in the New Territories; the State Council was silent.')).toEqual([
      ['State Council', 'state-council'],
    ]);
    expect(ids('The territories voted; the State Council was silent.')).toEqual([]);
  });

  it('does not take 国家 alone, or a paragraph without a China word, as China', () => {
    expect(ids('该国家外交部表示反对。')).toEqual([]);
  });

  it('sets `china` on the confirmed matches only', () => {
    const matches = matcher.match('PRC officials and the State Council');
    expect(matches.map((m) => m.china)).toEqual([true]);
    expect(withContext(matcher.match('the State Council'), glossary.surfaces)).toEqual([]);
  });
});

describe('whose body, whose law', () => {
  it('reads a country named by one character at the start of a phrase as whose body it is, and only there', () => {
    // 国务院 is ambiguous in the fixture: 中国 in the sentence confirms it, so only the initial can take it away.
    expect(ids('美國務院發言人表示，中国国务院另有规定。')).toEqual([['国务院', 'state-council']]);
    expect(ids('据美国务院称，中国国务院另有规定。')).toEqual([['国务院', 'state-council']]);
  });

  it('leaves a body’s shared name alone after 省, 市, 区…: there it names a local office, not the central body', () => {
    const g = compileGlossary([
      entry({
        id: 'nhc',
        type: 'agency',
        en: 'National Health Commission',
        zh: '国家卫生健康委员会',
        zhAlt: ['国家卫健委', '卫健委'],
      }),
      entry({ id: 'cybersecurity-law', type: 'law', en: 'Cybersecurity Law', zh: '网络安全法' }),
    ]);
    const m = new Matcher(g.surfaces);
    const found = (text: string) => m.match(text).map((x) => [text.slice(x.start, x.end), g.entries[x.entry].id]);
    expect(found('武汉市卫健委通报；區衛健委回應；省卫健委发文。')).toEqual([]);
    expect(found('国家卫健委发布通知，卫健委表示。')).toEqual([
      ['国家卫健委', 'nhc'],
      ['卫健委', 'nhc'],
    ]);
    // A law's name is not a body's: 市网络安全法 is no local office (and a law after 省 is the national law).
    expect(found('本市网络安全法宣传周')).toEqual([['网络安全法', 'cybersecurity-law']]);
  });

  it("leaves a name right after another country's name alone", () => {
    expect(ids("Taiwan's Ministry of Foreign Affairs and China's State Council")).toEqual([
      ['State Council', 'state-council'],
    ]);
    expect(ids('The UK National Security Law, unlike the Cybersecurity Law')).toEqual([
      ['Cybersecurity Law', 'cybersecurity-law'],
    ]);
    expect(ids('Russia’s National Security Law and the Cybersecurity Law')).toEqual([
      ['Cybersecurity Law', 'cybersecurity-law'],
    ]);
    expect(ids('美國國務院批評中国网信办')).toEqual([['网信办', 'cac']]);
    expect(ids('美国的国务院与网信办')).toEqual([['网信办', 'cac']]);
  });

  it('knows every member state of the United Nations, not only the countries news about China names most', () => {
    expect(ids('中国外交部和土耳其外交部、沙特外交部、巴勒斯坦外交部')).toEqual([['外交部', 'mofa']]);
    expect(ids("China's Ministry of Foreign Affairs and Mexico's Ministry of Foreign Affairs")).toEqual([
      ['Ministry of Foreign Affairs', 'mofa'],
    ]);
    expect(ids('The Turkish Ministry of State Security and the CAC in Beijing')).toEqual([['CAC', 'cac']]);
    // Taiwan's own transliterations, in traditional characters: 沙烏地阿拉伯外交部 is Saudi Arabia's.
    expect(ids('中國外交部與沙烏地阿拉伯外交部')).toEqual([['外交部', 'mofa']]);
    // 中非 is China–Africa, not the Central African Republic: the name after it stays China's.
    expect(ids('中非合作与国家安全部')).toEqual([['国家安全部', 'mss']]);
  });

  it("leaves a body alone after a country and that country's own party, army or government", () => {
    expect(ids('美国政府国务院与网信办')).toEqual([['网信办', 'cac']]);
    expect(ids('俄罗斯武装部队国家安全部与网信办')).toEqual([['网信办', 'cac']]);
    // China named between: the body is China's after all.
    expect(ids('美国称中国政府国务院')).toEqual([['国务院', 'state-council']]);
    // Taiwan's parties name Taiwan's own posts, which the glossary holds as Taiwan's: the rule leaves them to the rest.
    expect(ids('台灣民眾黨立委表示')).toEqual([['立委', 'ly-member']]);
    expect(ids('日本自民黨立委表示')).toEqual([]);
    // Not a party, army or government between: the rule does not apply.
    expect(ids('美国代表团访问国家安全部')).toEqual([['国家安全部', 'mss']]);
  });

  it('leaves a name followed by "of" and another country alone', () => {
    expect(ids('The Ministry of Foreign Affairs of Japan and the CAC in Beijing')).toEqual([['CAC', 'cac']]);
  });

  it("keeps Hong Kong's names, China's, and a hyphenated pair", () => {
    expect(ids("Hong Kong's National Security Law")).toEqual([['National Security Law', 'hk-nsl']]);
    expect(ids('The US-China talks on the Cybersecurity Law')).toEqual([['Cybersecurity Law', 'cybersecurity-law']]);
    expect(ids('Tell us: Cybersecurity Law')).toEqual([['Cybersecurity Law', 'cybersecurity-law']]);
  });

  it('keeps a name right after a China word, whatever a cue for another sense says', () => {
    expect(ids("China's PLA uses 3D printing for spare parts.")).toEqual([['PLA', 'pla']]);
    expect(ids('The PLA uses polylactic acid.')).toEqual([]);
  });

  it('reads bare 外交部 on a Taiwan page as Taiwan’s', () => {
    expect(ids('外交部表示，中華民國將深化合作。網信辦')).toEqual([['網信辦', 'cac']]);
  });
});

describe('titles are titles', () => {
  it('marks a law inside 《》 as the whole title, with its prefix or a suffix that still names it', () => {
    expect(ids('《网络安全法》')).toEqual([['网络安全法', 'cybersecurity-law']]);
    expect(ids('《中华人民共和国网络安全法》')).toEqual([['中华人民共和国网络安全法', 'cybersecurity-law']]);
    expect(ids('《网络安全法释义》《网络安全法（修正草案）》《网络安全法(2018年修正)》').map((m) => m[1])).toEqual([
      'cybersecurity-law',
      'cybersecurity-law',
      'cybersecurity-law',
    ]);
    expect(ids('《关于修改〈网络安全法〉的决定》')).toEqual([['网络安全法', 'cybersecurity-law']]);
  });

  it('does not mark a law inside a longer title that is another document', () => {
    expect(ids('《网络安全法实施条例》')).toEqual([]);
    expect(ids('《中共中央政治局贯彻落实中央八项规定实施细则》')).toEqual([]);
    expect(ids('《个人信息出境认证办法》与网络安全法实施条例')).toEqual([['网络安全法', 'cybersecurity-law']]);
  });
});

describe('a body and its standing committee', () => {
  it('gives 常务委员会 or 常委 after a body’s name to the standing committee, not to the body', () => {
    expect(ids('第九届全国人民代表大会常务委员会第十次会议通过')).toEqual([['全国人民代表大会常务委员会', 'npcsc']]);
    expect(ids('第九届全国人民代表大会第二次会议通过')).toEqual([['第九届全国人民代表大会', 'npc-9']]);
    // 常务会议 is the State Council's executive meeting: the State Council is still named.
    expect(ids('国务院常务会议审议通过')).toEqual([['国务院', 'state-council']]);
    expect(ids('国务院常委')).toEqual([]);
  });
});

describe('sense', () => {
  it('gives a title in 《》 to the document, the bare name to the process', () => {
    expect(ids('《网络安全审查办法》')).toEqual([['网络安全审查办法', 'review-measures']]);
    expect(ids('开展网络安全审查')).toEqual([['网络安全审查', 'cybersecurity-review']]);
    expect(ids('《数据出境安全评估办法》规定了数据出境安全评估')).toEqual([['数据出境安全评估', 'assessment']]);
  });
});

describe('inflection and variants', () => {
  it('derives dropped apostrophes, cyber spacing and -ies plurals', () => {
    expect(spellingVariants("People's Liberation Army")).toEqual(
      expect.arrayContaining(['Peoples Liberation Army', 'People Liberation Army']),
    );
    expect(spellingVariants('cybersecurity review')).toContain('cyber security review');
    expect(spellingVariants('cyber security review')).toContain('cybersecurity review');
    expect(spellingVariants('national security policy')).toContain('national security policies');
  });

  it('matches them, with plurals, possessives, hyphens, full-width letters and traditional characters', () => {
    expect(ids("The Peoples Liberation Army and the People Liberation Army's drills").map((m) => m[1])).toEqual([
      'pla',
      'pla',
    ]);
    expect(ids('two cyber-security reviews and a cyber security review').map((m) => m[1])).toEqual([
      'cybersecurity-review',
      'cybersecurity-review',
    ]);
    expect(ids('ＣＡＣ and 網絡安全法').map((m) => m[1])).toEqual(['cac', 'cybersecurity-law']);
  });
});

describe('names ending "of China"', () => {
  it('are matched with China first too, when they have no other "of"', () => {
    expect(ids('The China Cyberspace Administration said').map((m) => m[1])).toEqual(['cac']);
    const english = (en: string) =>
      surfacesOf({ en, zh: '测试' })
        .filter((s) => s.kind === SurfaceKind.English)
        .map((s) => s.text);
    expect(english('Red Cross Society of China')).toContain('China Red Cross Society');
    expect(english("Supreme People's Court of the People's Republic of China")).toContain(
      "China Supreme People's Court",
    );
    expect(english('Central Committee of the Communist Party of China').some((t) => t.startsWith('China '))).toBe(
      false,
    );
    expect(english('Executive Yuan of the Republic of China').some((t) => t.startsWith('China '))).toBe(false);
  });

  it('"of the People’s Republic of China" are matched "of the PRC", and with PRC first when the head is one name', () => {
    const english = (en: string) =>
      surfacesOf({ en, zh: '测试' })
        .filter((s) => s.kind === SurfaceKind.English)
        .map((s) => s.text);
    expect(english("Constitution of the People's Republic of China")).toEqual(
      expect.arrayContaining(['Constitution of the PRC', 'PRC Constitution']),
    );
    const ministry = english("Ministry of Public Security of the People's Republic of China");
    expect(ministry).toContain('Ministry of Public Security of the PRC');
    expect(ministry.some((t) => t.startsWith('PRC '))).toBe(false);
    expect(english('Executive Yuan of the Republic of China').some((t) => t.includes('PRC'))).toBe(false);
  });

  it('keep the name they come from, so that an unmarked name is unmarked in every form', () => {
    const texts = surfacesOf({
      en: "Law of the People's Republic of China on Testing",
      enAlt: ["Testing Law of the People's Republic of China"],
      zh: '测试法',
      unmarked: ["Testing Law of the People's Republic of China"],
    }).map((s) => s.text);
    expect(texts.some((t) => t.startsWith('Testing Law') || t === 'PRC Testing Law')).toBe(false);
  });
});

describe('Party congresses and plenums', () => {
  it('named 党的… are named 中共… too', () => {
    const chinese = (zhAlt: string[]) =>
      surfacesOf({ en: 'x', zh: '中国共产党第二十次全国代表大会', zhAlt })
        .filter((s) => s.kind === SurfaceKind.Chinese)
        .map((s) => s.text);
    expect(chinese(['党的二十大'])).toContain('中共二十大');
    expect(chinese(['党的十九届四中全会'])).toContain('中共十九届四中全会');
    expect(chinese(['党的领导']).some((t) => t.startsWith('中共'))).toBe(false);
  });

  it('named in full 中国共产党第… are named 党的第… too, as the Party’s own texts write them', () => {
    const chinese = (zh: string) =>
      surfacesOf({ en: 'x', zh })
        .filter((s) => s.kind === SurfaceKind.Chinese)
        .map((s) => s.text);
    expect(chinese('中国共产党第二十次全国代表大会')).toContain('党的第二十次全国代表大会');
    expect(chinese('中国共产党第十九届中央委员会第四次全体会议')).toContain('党的第十九届中央委员会第四次全体会议');
    expect(chinese('中国共产党章程').some((t) => t.startsWith('党的'))).toBe(false);
  });
});

describe('lists inside a Chinese name', () => {
  const chinese = (zh: string) =>
    surfacesOf({ en: 'x', zh })
      .filter((s) => s.kind === SurfaceKind.Chinese)
      .map((s) => s.text);

  it('are matched with 、, with ， or run together, whichever the name is written with', () => {
    expect(chinese('不忘初心、牢记使命')).toEqual(
      expect.arrayContaining(['不忘初心、牢记使命', '不忘初心，牢记使命', '不忘初心牢记使命']),
    );
    expect(chinese('一切为了人民，一切依靠人民')).toEqual(
      expect.arrayContaining(['一切为了人民、一切依靠人民', '一切为了人民一切依靠人民']),
    );
    expect(chinese('网络安全法')).toEqual(['网络安全法']);
  });

  it('finds the formulation however a text punctuates it', () => {
    const g = compileGlossary([
      entry({ id: 'people', type: 'policy', en: 'everything for the people', zh: '一切为了人民、一切依靠人民' }),
    ]);
    const m = new Matcher(g.surfaces);
    for (const text of ['坚持一切为了人民一切依靠人民。', '坚持一切为了人民，一切依靠人民。'])
      expect(m.match(text).map((x) => [text.slice(x.start, x.end), g.entries[x.entry].id])).toEqual([
        [text.slice(2, -1), 'people'],
      ]);
  });
});

describe('an acronym listed as an English name too', () => {
  it('is matched case-sensitively, as an acronym', () => {
    const g = compileGlossary([
      entry({
        id: 'rthk',
        type: 'agency',
        en: 'Radio Television Hong Kong',
        enAlt: ['RTHK'],
        acronyms: ['RTHK'],
        zh: '香港电台',
      }),
    ]);
    const m = new Matcher(g.surfaces);
    expect(m.match('RTHK said; the rthk archive').map((x) => x.start)).toEqual([0]);
  });
});

describe('a part of a body after the body', () => {
  it('gives the part, written after the full name of the body, its own card', () => {
    expect(ids('香港警务处处长表示，香港警務處處長表示，香港警务处表示')).toEqual([
      ['香港警务处处长', 'hk-police-chief'],
      ['香港警務處處長', 'hk-police-chief'],
      ['香港警务处', 'hk-police'],
    ]);
  });

  it('knows a head by the short title news uses, with the unit named once', () => {
    expect(ids('警務處長表示，警务处长表示')).toEqual([
      ['警務處長', 'hk-police-chief'],
      ['警务处长', 'hk-police-chief'],
    ]);
  });
});

describe('web addresses', () => {
  it('marks nothing inside an address, and the same name outside one', () => {
    expect(ids('See https://example.com/cac-rules/网络安全法.html and http://www.example.com/x.CAC')).toEqual([]);
    // An address passed encoded inside another (an image proxy), with no "://" left in it.
    expect(ids('[img](iu%2F%3Fu%3Dhttps%253A%252F%252Fi3.wp.com%252Fnews-CSL-rules)')).toEqual([]);
    expect(ids('q=x%2fnews-CSL')).toEqual([]);
    // A bare domain, a mail address, a handle.
    expect(ids('© CSL.gov.cn. Write to news@CSL or follow @CSL.')).toEqual([]);
    expect(ids('Asked by the CAC.The 网络安全法.')).toEqual([
      ['CAC', 'cac'],
      ['网络安全法', 'cybersecurity-law'],
    ]);
    expect(ids('The CAC (see https://example.com) enforces the 网络安全法.').map((m) => m[0])).toEqual([
      'CAC',
      '网络安全法',
    ]);
    expect(ids('Up 100% on floor 2F, the CAC enforces the 网络安全法.').map((m) => m[0])).toEqual([
      'CAC',
      '网络安全法',
    ]);
  });
});

describe("terms of art in a law's own text", () => {
  const lawGlossary = compileGlossary([
    entry({
      id: 'serious-injury',
      type: 'policy',
      en: 'serious injury',
      zh: '重伤',
      unmarked: ['重伤', 'serious injury'],
      markedInLaw: ['重伤'],
    }),
    entry({ id: 'fine', type: 'policy', en: 'fine', zh: '罚款', unmarked: ['罚款'] }),
    entry({ id: 'criminal-law', type: 'law', en: 'Criminal Law', zh: '刑法' }),
  ]);
  const lawMatcher = new Matcher(lawGlossary.surfaces);
  const marked = (text: string) =>
    matchDocument('t.txt', text, lawMatcher).matches.map((m) => text.slice(m.start, m.end));

  it('marks a name listed markedInLaw in an article or a citation of one, and not in news', () => {
    expect(marked('第九十五条　本法所称重伤，是指有下列情形之一的伤害')).toEqual(['重伤']);
    expect(marked('依照刑法第二百三十四条，致人重伤的，处三年以上十年以下有期徒刑。')).toEqual(['刑法', '重伤']);
    expect(marked('违反本条例规定，造成人员重伤的，依法追究责任。')).toEqual(['重伤']);
    expect(marked('事故造成3人死亡、5人重伤。')).toEqual([]);
    // 第一条 as "the first" of something is no article.
    expect(marked('我国第一条高铁通车，无人重伤。')).toEqual([]);
    // An unmarked name not listed markedInLaw stays unmarked in a law's text too.
    expect(marked('第十条　处以罚款。')).toEqual([]);
  });

  it("marks one in a paragraph with no article number of its own where the document has a law's text", () => {
    // A definitions article's items (（一）…) stand in paragraphs of their own.
    expect(marked('第九十五条　本法所称重伤，是指：\n\n（一）重伤，是指使人肢体残废')).toEqual(['重伤', '重伤']);
    expect(marked('新闻：事故造成5人重伤。\n\n（一）重伤者已送医')).toEqual([]);
  });

  it("reads only simplified cues: a Taiwan or Hong Kong statute's 第十條 and 本條例 are not the PRC's law", () => {
    expect(marked('第十條　本條例所稱重伤，指下列傷害')).toEqual([]);
  });

  it('keeps the flag through the bundle a frame reads', () => {
    const table = unpackBundle(packBundle(lawGlossary).buffer);
    const packed = new Matcher(table.surfaces, table.automaton);
    for (const text of ['第九十五条　本法所称重伤，是指', '5人重伤。'])
      expect(packed.match(text)).toEqual(lawMatcher.match(text));
    expect(packed.match('第九十五条　本法所称重伤').length).toBe(1);
  });
});

describe('exclusions', () => {
  it("never take the text of another entry's name: the longer name wins the overlap and is marked", () => {
    const g = compileGlossary([
      entry({ id: 'lien', type: 'policy', en: 'lien', zh: '留置权' }),
      // 留置 guards against 留置权 with an exclusion, which must not switch the lien off.
      entry({ id: 'liuzhi', type: 'policy', en: 'liuzhi', zh: '留置', exclusions: ['留置权', '留置室'] }),
    ]);
    const m = new Matcher(g.surfaces);
    const marked = (text: string) => m.match(text).map((x) => [text.slice(x.start, x.end), g.entries[x.entry].id]);
    expect(marked('留置权人可以留置')).toEqual([
      ['留置权', 'lien'],
      ['留置', 'liuzhi'],
    ]);
    expect(marked('关进留置室')).toEqual([]);
  });
});
