import { describe, expect, it } from 'vitest';
import { readCsv } from '../../formats/csv';
import { detectFormat, parseTermsFile } from '../../user-terms/parse';
import { reason } from '../../platform/reasons';
import { readXml } from '../../formats/xml';

const rows = (text: string, name = '') => {
  const parsed = parseTermsFile(text, name);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.rows;
};
const error = (text: string, name = '') => {
  const parsed = parseTermsFile(text, name);
  return parsed.ok ? undefined : parsed.error;
};

describe('format detection', () => {
  it('goes by the extension, else by the first characters', () => {
    expect(detectFormat('', 'terms.JSON')).toBe('json');
    expect(detectFormat('', 'terms.tsv')).toBe('csv');
    expect(detectFormat('', 'memoq.tbx')).toBe('tbx');
    expect(detectFormat('\ufeff  [{"en":1}]')).toBe('json');
    expect(detectFormat('<?xml version="1.0"?><tbx/>')).toBe('tbx');
    expect(detectFormat('en,zh\n')).toBe('csv');
    expect(error('  \n', 'x.csv')).toEqual(reason('importEmpty'));
  });
});

describe('JSON', () => {
  it('reads an array of terms or { terms: [...] }, numbering entries from 1', () => {
    expect(rows('[{"en":"A","zh":"甲"},{"en":"B"}]')).toEqual([
      { row: 1, fields: { en: 'A', zh: '甲' } },
      { row: 2, fields: { en: 'B' } },
    ]);
    expect(rows('{"terms":[{"en":"A","zh":"甲"}]}')).toHaveLength(1);
  });

  it('gives one reason for a file that is not JSON or not a list of terms', () => {
    expect(error('[{"en":"A",}]', 'x.json')).toEqual(reason('importNotJson'));
    expect(error('{"en":"A"}', 'x.json')).toEqual(reason('importJsonShape'));
    expect(error('42', 'x.json')).toEqual(reason('importJsonShape'));
  });

  it('lists fields it does not import (the dates and sources of a bundled entry)', () => {
    const parsed = parseTermsFile('[{"en":"A","zh":"甲","sources":[],"dates":{}}]', 'x.json');
    expect(parsed.ok && parsed.ignored).toEqual(['sources', 'dates']);
  });
});

describe('CSV', () => {
  it('reads RFC 4180: quotes, "" escapes, line breaks in fields, CRLF and LF, a byte order mark', () => {
    expect(readCsv('\ufeffa,"b ""q"", c"\r\n"line\none",\n')).toEqual({
      ok: true,
      records: [
        ['a', 'b "q", c'],
        ['line\none', ''],
      ],
    });
    expect(readCsv('a,b')).toEqual({ ok: true, records: [['a', 'b']] });
    expect(readCsv('a,\r\n,b\r\n')).toEqual({
      ok: true,
      records: [
        ['a', ''],
        ['', 'b'],
      ],
    });
  });

  it('maps our column names and common aliases, in any case, and numbers rows as a spreadsheet does', () => {
    const csv =
      'English,CHINESE,Pinyin,Acronyms,Type,Subtype\r\nMinistry of Finance,财政部,cáizhèngbù,MOF | MoF,agency,ministry\r\n\r\nB,乙,,,,\r\n';
    const parsed = parseTermsFile(csv, 'x.csv');
    expect(parsed.ok && parsed.labels).toEqual({
      en: 'English',
      zh: 'CHINESE',
      pinyin: 'Pinyin',
      acronyms: 'Acronyms',
      type: 'Type',
    });
    expect(parsed.ok && parsed.ignored).toEqual(['Subtype']);
    expect(rows(csv, 'x.csv')).toEqual([
      {
        row: 2,
        fields: {
          en: 'Ministry of Finance',
          zh: '财政部',
          pinyin: 'cáizhèngbù',
          acronyms: 'MOF | MoF',
          type: 'agency',
        },
      },
      { row: 4, fields: { en: 'B', zh: '乙', pinyin: '', acronyms: '', type: '' } },
    ]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(rows('en;zh\nA;甲\n')).toEqual([{ row: 2, fields: { en: 'A', zh: '甲' } }]);
    expect(rows('en\tzh\nA, a;\t甲\n', 'x.tsv')).toEqual([{ row: 2, fields: { en: 'A, a;', zh: '甲' } }]);
  });

  it('removes the apostrophe our export puts before =, +, @', () => {
    expect(rows(`en,zh\n'=SUM(A1),甲\n''=x,乙\n'plain,丙\n`).map((r) => r.fields.en)).toEqual([
      '=SUM(A1)',
      "'=x",
      "'plain",
    ]);
  });

  it('refuses mismatched quotes, naming the row', () => {
    expect(error('en,zh\nA,"甲\nB,乙\n', 'x.csv')).toEqual(reason('importCsvUnclosedQuote', 2));
    expect(error('en,zh\nA,甲\nB,"乙"x\n', 'x.csv')).toEqual(reason('importCsvStrayQuote', 3));
    expect(error('en,zh\nA 5" screen,甲\n', 'x.csv')).toEqual(reason('importCsvStrayQuote', 2));
  });

  it('needs English and Chinese columns', () => {
    expect(error('name,translation\nA,甲\n', 'x.csv')).toEqual(reason('importCsvNoColumns'));
  });
});

const memoq = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="7">
      <descrip type="Definition">The state's cyberspace regulator.</descrip>
      <note>Checked by AB</note>
      <langSet xml:lang="en-US">
        <tig><term>Cyberspace Administration of China</term></tig>
        <tig><term>CAC</term><termNote type="termType">acronym</termNote></tig>
        <tig><term>Cyberspace Administration</term></tig>
      </langSet>
      <langSet xml:lang="zh-CN">
        <ntig><termGrp><term>国家互联网信息办公室</term></termGrp></ntig>
        <ntig><termGrp><term>网信办</term><termNote type="termType">shortForm</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="zh-TW"><tig><term>國家互聯網信息辦公室</term></tig></langSet>
      <langSet xml:lang="de"><tig><term>Cyberspace-Verwaltung</term></tig></langSet>
    </termEntry>
    <termEntry id="8">
      <langSet lang="en"><tig><term>Taiwan &amp; <hi>Co</hi></term></tig></langSet>
      <langSet xml:lang="zh-Hant"><tig><term><![CDATA[臺灣<b>]]></term></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;

describe('TBX', () => {
  it("reads a CAT tool's TBX: termEntry, langSet, tig/ntig, termType, definition and notes", () => {
    const parsed = parseTermsFile(memoq, 'memoq.tbx');
    expect(parsed.ok && parsed.ignored).toEqual(['xml:lang="de"']);
    expect(rows(memoq)).toEqual([
      {
        row: 1,
        fields: {
          en: 'Cyberspace Administration of China',
          enAlt: ['Cyberspace Administration'],
          acronyms: ['CAC'],
          zh: '国家互联网信息办公室',
          zhAlt: ['网信办'],
          zhTrad: '國家互聯網信息辦公室',
          definition: "The state's cyberspace regulator.",
          notes: 'Checked by AB',
        },
      },
      // Only traditional characters: they are the Chinese name. Markup in a term is flattened, CDATA kept as text.
      { row: 2, fields: { en: 'Taiwan & Co', zh: '臺灣<b>' } },
    ]);
  });

  it('refuses entity declarations outright (billion laughs), with or without a DOCTYPE around them', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><tbx>&lol2;</tbx>`;
    expect(error(laughs, 'x.tbx')).toEqual(reason('importXmlEntity'));
    expect(error('<tbx><!entity x "y"></tbx>', 'x.tbx')).toEqual(reason('importXmlEntity'));
    expect(error('<!DOCTYPE tbx SYSTEM "file:///etc/passwd"><tbx>&xxe;</tbx>', 'x.tbx')).toEqual(
      reason('importXmlMalformed', 1),
    );
  });

  it('refuses XML that is not well-formed, naming the line', () => {
    expect(error('<tbx>\n<text>\n<body></text></tbx>', 'x.tbx')).toEqual(reason('importXmlMalformed', 3));
    expect(error('<tbx><body>', 'x.tbx')).toEqual(reason('importXmlMalformed', 1));
    expect(error('<tbx></tbx><tbx></tbx>', 'x.tbx')).toEqual(reason('importXmlMalformed', 1));
    expect(error('<tbx>a & b</tbx>', 'x.tbx')).toEqual(reason('importXmlMalformed', 1));
    expect(error('<tbx>&#0;</tbx>', 'x.tbx')).toEqual(reason('importXmlMalformed', 1));
    expect(error(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, 'x.tbx')).toEqual(reason('importXmlMalformed', 1));
    expect(error('<tbx><text><body/></text></tbx>', 'x.tbx')).toEqual(reason('importTbxNoEntries'));
  });

  it('decodes the XML entities and character references, and keeps markup in text as text', () => {
    const xml = readXml('<a t="&lt;img src=x onerror=alert(1)&gt;">&#x7F51;&#20449;&amp;<![CDATA[<script>]]></a>');
    expect(xml.ok && xml.root).toEqual({
      name: 'a',
      qname: 'a',
      attrs: { t: '<img src=x onerror=alert(1)>' },
      children: ['网信&', '<script>'],
    });
  });
});
