import { describe, expect, it } from 'vitest';
import { termList, type TermCount } from '../../components/term-list';

const labels = {
  english: 'English',
  chinese: 'Chinese',
  pinyin: 'Pinyin',
  type: 'Type',
  count: 'Mentions',
  typeLabel: (t: string) => t.toUpperCase(),
};
const terms: TermCount[] = [
  {
    entry: {
      id: 'cac',
      type: 'agency',
      en: 'Cyberspace Administration of China',
      zh: '国家互联网信息办公室',
      pinyin: 'Guójiā Hùliánwǎng Xìnxī Bàngōngshì',
      acronyms: ['CAC'],
    },
    count: 5,
  },
  { entry: { id: 'x', type: 'law', en: 'A | B, "quoted"\nnext', zh: '=HYPERLINK("x")' }, count: 1 },
  {
    entry: { id: 'document-kind-opinions', type: 'law', en: 'opinions', zh: '意见', pinyin: 'yìjiàn' },
    count: 2,
    title: '关于加快发展数字贸易的意见',
  },
];

describe('term list export', () => {
  it('writes CSV with a header, quoting and formula protection', () => {
    const csv = termList(terms, 'csv', labels);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('English,Chinese,Pinyin,Type,Mentions');
    expect(lines[1]).toBe(
      'Cyberspace Administration of China (CAC),国家互联网信息办公室,Guójiā Hùliánwǎng Xìnxī Bàngōngshì,AGENCY,5',
    );
    expect(csv).toContain('"A | B, ""quoted""\nnext"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    // A title the glossary does not hold is listed under its own name, with the kind of document it is.
    expect(lines[3]).toBe('opinions,《关于加快发展数字贸易的意见》,,LAW,2');
  });

  it('writes a Markdown table whose cells cannot break the table', () => {
    const md = termList(terms, 'markdown', labels).split('\n');
    expect(md[0]).toBe('| English | Chinese | Pinyin | Type | Mentions |');
    expect(md[1]).toBe('| --- | --- | --- | --- | ---: |');
    expect(md[3]).toBe('| A \\| B, "quoted" next | =HYPERLINK("x") |  | LAW | 1 |');
    expect(md[4]).toBe('| opinions | 《关于加快发展数字贸易的意见》 |  | LAW | 2 |');
    expect(md.filter(Boolean)).toHaveLength(5);
  });
});
