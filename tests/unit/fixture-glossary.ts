/** A small glossary for unit tests, so that matcher tests do not change whenever the real data grows. */
import { compileGlossary } from '../../glossary/build/compile';
import { Matcher } from '../../matching/matcher';
import type { Entry } from '../../glossary/schema';

export function entry(fields: Partial<Entry> & Pick<Entry, 'id' | 'type' | 'en' | 'zh'>): Entry {
  return {
    status: 'active',
    gloss: 'A gloss.',
    definition: 'A definition.',
    sources: [{ title: 'Test source' }],
    ...fields,
  };
}

const FIXTURE_ENTRIES: Entry[] = [
  entry({
    id: 'cac',
    type: 'agency',
    en: 'Cyberspace Administration of China',
    acronyms: ['CAC'],
    ambiguous: ['CAC'],
    exclusions: ['CAC 40'],
    zh: '国家互联网信息办公室',
    zhAlt: ['网信办', '国家网信部门'],
    pinyin: 'Guójiā Hùliánwǎng Xìnxī Bàngōngshì',
  }),
  entry({
    id: 'cybersecurity-law',
    type: 'law',
    status: 'in-force',
    en: "Cybersecurity Law of the People's Republic of China",
    enAlt: ['Cybersecurity Law'],
    acronyms: ['CSL'],
    zh: '中华人民共和国网络安全法',
    zhAlt: ['网络安全法'],
  }),
  entry({ id: 'cyber-superpower', type: 'policy', en: 'cyber superpower', zh: '网络强国', pinyin: 'wǎngluò qiángguó' }),
  entry({
    id: 'clgci',
    type: 'agency',
    en: 'Central Leading Group for Cybersecurity and Informatization',
    acronyms: ['CLGCI'],
    zh: '中央网络安全和信息化领导小组',
  }),
  entry({ id: 'cybersecurity', type: 'policy', en: 'Cybersecurity', zh: '网络安全和信息化' }),
  entry({
    id: 'pla',
    type: 'agency',
    en: "People's Liberation Army",
    acronyms: ['PLA'],
    ambiguous: ['PLA'],
    zh: '中国人民解放军',
    exclusions: ['PLA filament', 'PLA plastic', '3D printing PLA'],
    otherSenseCues: ['polylactic', 'bioplastic', '聚乳酸'],
  }),
  entry({ id: 'cybersecurity-review', type: 'policy', en: 'cybersecurity review', zh: '网络安全审查' }),
  entry({ id: 'data-localisation', type: 'policy', en: 'data localisation', zh: '数据本地化' }),
  entry({ id: 'nsl', type: 'law', status: 'in-force', en: 'National Security Law', zh: '国家安全法' }),
  entry({
    id: 'hk-nsl',
    type: 'law',
    status: 'in-force',
    en: 'Hong Kong National Security Law',
    enAlt: ['National Security Law'],
    zh: '香港国安法',
    preferredWith: ['Hong Kong', '香港'],
  }),
];

export const fixture = compileGlossary(FIXTURE_ENTRIES);
export const matcher = new Matcher(fixture.surfaces);

/** The matches in `text` as [matched text, entry id] pairs, context rule applied as for a whole document. */
export function found(text: string): Array<[string, string]> {
  return matcher.match(text).map((m) => [text.slice(m.start, m.end), fixture.entries[m.entry].id]);
}
