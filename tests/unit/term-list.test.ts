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
  });

  it('writes a Markdown table whose cells cannot break the table', () => {
    const md = termList(terms, 'markdown', labels).split('\n');
    expect(md[0]).toBe('| English | Chinese | Pinyin | Type | Mentions |');
    expect(md[1]).toBe('| --- | --- | --- | --- | ---: |');
    expect(md[3]).toBe('| A \\| B, "quoted" next | =HYPERLINK("x") |  | LAW | 1 |');
    expect(md.filter(Boolean)).toHaveLength(4);
  });
});
