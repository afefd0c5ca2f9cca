import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { compileGlossary } from '../../glossary/build/compile';
import { exportGlossary } from '../../formats/glossary-export';
import { loadGlossary } from '../../glossary/load';
import { USER_IMPORT_MAX_BYTES, USER_TERMS_MAX } from '../../platform/constants';
import { exportUserTerms } from '../../user-terms/export';
import { applyImport, previewImport, type ImportPreview } from '../../user-terms/import';
import { reason } from '../../platform/reasons';
import { validateUserTerm, type UserTerm } from '../../user-terms/schema';

const term = (fields: Partial<UserTerm> & Pick<UserTerm, 'en' | 'zh'>): UserTerm => {
  const r = validateUserTerm(fields);
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.term;
};
const preview = (text: string, name: string, existing: UserTerm[] = []) => {
  const p = previewImport(text, name, existing);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return p;
};

/** Terms with everything an export has to survive. */
const HOSTILE: UserTerm[] = [
  term({
    id: 'user-everything',
    type: 'agency',
    status: 'renamed',
    en: 'Ministry of "Finance", Budget & Co',
    enAlt: ['MoF, the ministry', "Finance Ministry's office"],
    acronyms: ['MOF', '=MOF'],
    zh: '财政部',
    zhTrad: '財政部',
    zhAlt: ['财部', '國家財政'],
    pinyin: 'Cáizhèngbù',
    gloss: '=HYPERLINK("http://x") +1 @me',
    definition: 'Line one, with a comma.\nLine two "quoted".\n\n<script>alert(1)</script>',
    notes: "'=already guarded\nGloss: not a gloss",
  }),
  term({ en: '<img src=x onerror=alert(1)>', zh: '<b>粗体</b> &amp; 网信办', gloss: '@SUM(1)', notes: '+cmd|calc' }),
  term({ en: 'Minimal', zh: '最小', type: 'law' }),
  term({ en: "'quoted start", zh: '引号', definition: '\t=tabbed formula' }),
];

describe('export then import', () => {
  for (const format of ['json', 'csv', 'tbx'] as const) {
    it(`gives back the same terms, field for field, through ${format.toUpperCase()}`, () => {
      const text = exportUserTerms(HOSTILE, format);
      const back = preview(text, `mine.${format}`);
      expect(back.refused).toEqual([]);
      expect(back.added).toEqual(HOSTILE);
      // Imported again over themselves: nothing changes.
      const again = preview(text, `mine.${format}`, HOSTILE);
      expect([again.added.length, again.replaced.length, again.unchanged]).toEqual([0, 0, HOSTILE.length]);
    });
  }

  it('writes TBX that validates against the TBX-Basic DCA grammar, markup escaped', async () => {
    const tbx = exportUserTerms(HOSTILE, 'tbx');
    expect(tbx).toContain('<term>&lt;img src=x onerror=alert(1)&gt;</term>');
    const schema = { fileName: 'tbx-basic-dca.rng', contents: readFileSync('glossary/tbx/tbx-basic-dca.rng', 'utf8') };
    const result = await validateXML({ xml: { fileName: 'mine.tbx', contents: tbx }, schema, extension: 'relaxng' });
    expect(result.errors).toEqual([]);
  });

  it('guards formulas in CSV as the bundled export does', () => {
    const csv = exportUserTerms(HOSTILE, 'csv');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"") +1 @me"`);
    expect(csv).toContain(`,'@SUM(1),`);
    expect(csv.split('\r\n')[0]).toBe(
      'id,type,status,en,en_alt,acronyms,zh,zh_trad,zh_alt,pinyin,gloss,definition,notes',
    );
  });
});

describe('importing the bundled glossary export', () => {
  const { entries } = compileGlossary(loadGlossary().entries);
  for (const format of ['json', 'csv', 'tbx'] as const) {
    it(`reads every entry of the ${format.toUpperCase()} export as a user term`, () => {
      const p = preview(exportGlossary(entries, format), `glossary.${format}`);
      expect(p.refused).toEqual([]);
      expect(p.added).toHaveLength(entries.length);
      const cac = p.added.find((t) => t.id === 'user-cac')!;
      expect(cac).toMatchObject({ type: 'agency', zh: '国家互联网信息办公室', acronyms: ['CAC'] });
      expect(cac.id.startsWith('user-')).toBe(true);
    });
  }
});

describe('previewImport', () => {
  const existing = [
    term({ en: 'Ministry of Finance', zh: '财政部' }),
    term({ en: 'State Council', zh: '国务院', type: 'agency' }),
  ];
  const csv = [
    'en,zh,type,gloss',
    'Ministry of Finance,财政部,,', // same as stored: unchanged
    'State Council,国务院,agency,The cabinet.', // same id, new gloss: replaced
    "National People's Congress,全国人民代表大会,agency,", // added
    'Bad,not chinese,,', // refused
    "National People's Congress,全国人大,agency,", // same id as row 4: refused
    'Worse,坏,ministry,' + 'x'.repeat(300), // two problems: two refusals
  ].join('\n');

  it('sorts rows into added, replaced, unchanged and refused, each refusal naming its row and field', () => {
    const p = preview(csv, 'x.csv', existing);
    expect(p.format).toBe('csv');
    expect(p.added.map((t) => t.id)).toEqual(['user-national-people-s-congress']);
    expect(p.replaced).toEqual([{ before: existing[1], after: { ...existing[1], gloss: 'The cabinet.' } }]);
    expect(p.unchanged).toBe(1);
    expect(p.refused).toEqual([
      { row: 5, reason: reason('importRow', 5, reason('userTermFieldNotChinese', 'zh')) },
      { row: 6, reason: reason('importRow', 6, reason('importDuplicateId', 'user-national-people-s-congress', 4)) },
      {
        row: 7,
        reason: reason('importRow', 7, reason('userTermFieldBadType', 'type', 'ministry', 'agency, law, policy')),
      },
      { row: 7, reason: reason('importRow', 7, reason('userTermFieldTooLong', 'gloss', 200)) },
    ]);
  });

  it('names JSON and TBX refusals by entry', () => {
    const p = preview('[{"en":"A"}]', 'x.json');
    expect(p.refused).toEqual([{ row: 1, reason: reason('importEntry', 1, reason('userTermFieldRequired', 'zh')) }]);
  });

  it('applies the preview: replaced terms in place, added at the end, the old list untouched', () => {
    const p = preview(csv, 'x.csv', existing);
    const next = applyImport(existing, p);
    expect(next.map((t) => t.id)).toEqual([
      'user-ministry-of-finance',
      'user-state-council',
      'user-national-people-s-congress',
    ]);
    expect(next[1].gloss).toBe('The cabinet.');
    expect(existing[1].gloss).toBe('');
    const failed: ImportPreview = { ok: false, error: reason('importEmpty') };
    expect(applyImport(existing, failed)).toEqual(existing);
  });

  it('refuses a file over the size limit and one with too many terms', () => {
    const big = `en,zh\n${'x'.repeat(USER_IMPORT_MAX_BYTES)}\n`;
    expect(previewImport(big, 'big.csv', [])).toEqual({
      ok: false,
      error: reason(
        'importFileTooLarge',
        (USER_IMPORT_MAX_BYTES / 1024 / 1024).toFixed(1),
        USER_IMPORT_MAX_BYTES / 1024 / 1024,
      ),
    });
    const many = `[${Array.from({ length: USER_TERMS_MAX + 1 }, () => '{}').join(',')}]`;
    expect(previewImport(many, 'many.json', [])).toEqual({
      ok: false,
      error: reason('importTooManyTerms', USER_TERMS_MAX + 1, USER_TERMS_MAX),
    });
  });

  it('refuses additions beyond the list limit, keeping replacements', () => {
    const full = Array.from({ length: USER_TERMS_MAX }, (_, i) => ({ ...existing[0], id: `user-t${i}` }));
    const p = preview('en,zh,id\nNew,新,\nChanged,改,t0\n', 'x.csv', full);
    expect(p.added).toEqual([]);
    expect(p.replaced).toHaveLength(1);
    expect(p.refused).toEqual([{ row: 2, reason: reason('importRow', 2, reason('importListFull', USER_TERMS_MAX)) }]);
  });

  it('passes on file-level errors as one reason', () => {
    expect(previewImport('en,zh\n"A,甲\n', 'x.csv', [])).toEqual({
      ok: false,
      error: reason('importCsvUnclosedQuote', 2),
    });
  });
});
