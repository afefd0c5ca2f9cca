import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { compileGlossary } from '../../glossary/build/compile';
import { csvField } from '../../formats/csv';
import { CSV_COLUMNS, exportGlossary } from '../../formats/glossary-export';
import { loadGlossary } from '../../glossary/load';
import { entry } from './fixture-glossary';

const schema = { fileName: 'tbx-basic-dca.rng', contents: readFileSync('glossary/tbx/tbx-basic-dca.rng', 'utf8') };
const tbxValid = async (xml: string) =>
  validateXML({ xml: { fileName: 'glossary.tbx', contents: xml }, schema, extension: 'relaxng' });

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
});
