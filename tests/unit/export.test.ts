import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { compileGlossary } from '../../glossary/build/compile';
import { csvField } from '../../formats/csv';
import { CSV_COLUMNS, exportGlossary } from '../../formats/glossary-export';
import { loadGlossary } from '../../glossary/load';
import { entry } from './fixture-glossary';

const schema = { fileName: 'tbx-basic-dca.rng', contents: readFileSync('glossary/tbx/tbx-basic-dca.rng', 'utf8') };
// The whole glossary's TBX (about 7 MB) outgrows xmllint-wasm's default memory (wasm pages are 64 KiB).
const tbxValid = async (xml: string) =>
  validateXML({
    xml: { fileName: 'glossary.tbx', contents: xml },
    schema,
    extension: 'relaxng',
    maxMemoryPages: memoryPages.GiB,
  });

describe('glossary export', () => {
  const { entries } = compileGlossary(loadGlossary().entries);

  it('writes JSON with every field of every entry', () => {
    expect(JSON.parse(exportGlossary(entries, 'json'))).toEqual(entries);
  });

  it('writes CSV with a header and one row per entry, quoting as RFC 4180 says', () => {
    const csv = exportGlossary(entries, 'csv');
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.map(([n]) => n).join(','));
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('网信办')).toBe('网信办');
    // Count records by parsing: quoted fields may hold line breaks.
    let records = 0;
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      if (csv[i] === '"') quoted = !quoted;
      else if (!quoted && csv[i] === '\n') records++;
    }
    expect(records).toBe(entries.length + 1);
  });

  it('writes TBX that validates against the TBX-Basic DCA grammar', async () => {
    const result = await tbxValid(exportGlossary(entries, 'tbx'));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('escapes markup in TBX text, and the grammar rejects a malformed file', async () => {
    const hostile = compileGlossary([
      entry({ id: 'x', type: 'policy', en: 'A <b>bold</b> & "quoted" name', zh: '测试' }),
    ]).entries;
    const tbx = exportGlossary(hostile, 'tbx');
    expect(tbx).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; name');
    expect((await tbxValid(tbx)).valid).toBe(true);
    const broken = tbx.replace(
      '<termNote type="termType">fullForm</termNote>',
      '<termNote type="termType">nonsense</termNote>',
    );
    expect((await tbxValid(broken)).valid).toBe(false);
  });

  it('says how each English name stands: in TBX as its administrative status, in CSV as a column', async () => {
    const one = compileGlossary([
      entry({
        id: 'x',
        type: 'agency',
        en: 'National Public Complaints and Proposals Administration',
        enAlt: ['State Bureau for Letters and Calls', 'Petition Office'],
        enUsage: { 'State Bureau for Letters and Calls': 'outdated', 'Petition Office': 'mistranslation' },
        zh: '国家信访局',
        docNumber: '国发〔2023〕1号',
      }),
    ]).entries;
    const tbx = exportGlossary(one, 'tbx');
    const statusOf = (term: string) =>
      new RegExp(`<term>${term}</term>[\\s\\S]*?administrativeStatus">([a-zA-Z-]+)<`).exec(tbx)?.[1];
    expect(statusOf('National Public Complaints and Proposals Administration')).toBe('preferredTerm-admn-sts');
    expect(statusOf('State Bureau for Letters and Calls')).toBe('supersededTerm-admn-sts');
    expect(statusOf('Petition Office')).toBe('deprecatedTerm-admn-sts');
    expect((await tbxValid(tbx)).valid).toBe(true);
    const [head, row] = exportGlossary(one, 'csv').split('\r\n');
    const cell = (name: string) => row.split(',')[head.split(',').indexOf(name)];
    expect(cell('en_usage')).toBe('State Bureau for Letters and Calls: outdated | Petition Office: mistranslation');
    expect(cell('doc_number')).toBe('国发〔2023〕1号');
  });
});
