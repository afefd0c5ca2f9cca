import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { danglingRelations, loadGlossary } from '../../glossary/load';
import { GlossaryError, validateEntries } from '../../glossary/schema';
import { isCue, SurfaceKind } from '../../matching/model';
import { entry } from './fixture-glossary';

function tempGlossary(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpl-glossary-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('the bundled glossary', () => {
  const { entries } = loadGlossary();

  it('validates against the schema, with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('has relations that all resolve', () => {
    expect(danglingRelations(entries)).toEqual([]);
  });

  it('has no surface claimed by two entries unless one succeeds the other or the other says when it is meant', () => {
    const { surfaces, entries: compiled } = compileGlossary(entries);
    const clashes = surfaces
      .filter((s) => s.entries.length > 1 && !isCue(s.kind))
      .filter((s) => {
        const [a, b] = s.entries.map((i) => compiled[i]);
        const linked = (x: typeof a, y: typeof a) =>
          [...(x.relations?.predecessors ?? []), ...(x.relations?.successors ?? [])].includes(y.id);
        // "National Security Law": the 2015 law, or Hong Kong's where the paragraph names Hong Kong (preferredWith).
        const preferred = s.entries.slice(1).every((i) => compiled[i].preferredWith?.length);
        return !(linked(a, b) || linked(b, a) || preferred);
      })
      .map((s) => `${s.exact}: ${s.entries.map((i) => compiled[i].id).join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('has Chinese names and a source on every entry', () => {
    for (const e of entries) {
      expect(e.zh, e.id).toMatch(/\p{Script=Han}/u);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('validation', () => {
  it('names the file, entry and field of a malformed entry', () => {
    const bad = {
      ...entry({ id: 'bad-one', type: 'agency', en: 'X', zh: '某机构' }),
      dates: { established: '2014-13' },
    };
    expect(() => validateEntries('data/x.json', [bad])).toThrow(
      /data\/x\.json: entry "bad-one": field "dates\.established": must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it('names the entry by position when its id is unusable, and reports every problem', () => {
    const bad = { ...entry({ id: 'Not Kebab', type: 'law', en: 'Y', zh: 'Y' }), sources: [] };
    let message = '';
    try {
      validateEntries('f.json', [entry({ id: 'ok', type: 'law', en: 'Ok', zh: '好' }), bad]);
    } catch (error) {
      expect(error).toBeInstanceOf(GlossaryError);
      message = (error as Error).message;
    }
    expect(message).toContain('entry "Not Kebab": field "id": must be lowercase kebab-case');
    expect(message).toContain('field "zh": must contain Chinese characters');
    expect(message).toContain('field "sources": needs at least one source');
  });

  it('rejects a subtype of another type and unknown fields', () => {
    const wrongSubtype = entry({ id: 'a', type: 'policy', subtype: 'ministry', en: 'A', zh: '甲' });
    expect(() => validateEntries('f.json', [wrongSubtype])).toThrow(
      /entry "a": field "subtype": is not a subtype of this type/,
    );
    const extra = { ...entry({ id: 'b', type: 'policy', en: 'B', zh: '乙' }), colour: 'red' };
    expect(() => validateEntries('f.json', [extra])).toThrow(/entry "b": field "colour"/);
  });

  it('rejects cues for another sense on an entry with no ambiguous names', () => {
    const noAmbiguous = entry({
      id: 'c',
      type: 'agency',
      en: 'C Office',
      acronyms: ['CO'],
      zh: '丙办',
      otherSenseCues: ['carbon monoxide'],
    });
    expect(() => validateEntries('f.json', [noAmbiguous])).toThrow(
      /entry "c": field "otherSenseCues": applies only to `ambiguous` names/,
    );
    expect(() => validateEntries('f.json', [{ ...noAmbiguous, ambiguous: ['CO'] }])).not.toThrow();
  });

  it('fails loading on invalid JSON and on a duplicate id across files, naming the file', () => {
    const good = JSON.stringify([entry({ id: 'same', type: 'policy', en: 'Same', zh: '同' })]);
    expect(() => loadGlossary(tempGlossary({ 'a.json': good, 'b.json': good }))).toThrow(
      /b\.json: entry "same": field "id": already used in .*a\.json/,
    );
    expect(() => loadGlossary(tempGlossary({ 'a.json': '[{"id": "x",]' }))).toThrow(/a\.json: not valid JSON/);
  });

  it('reports relations that point nowhere', () => {
    const e = entry({ id: 'a', type: 'agency', en: 'A', zh: '甲', relations: { parent: 'nowhere' } });
    expect(danglingRelations([e])).toEqual(['entry "a": field "relations.parent": no entry "nowhere"']);
  });
});

describe('compiler', () => {
  const compiled = compileGlossary([
    entry({
      id: 'cac',
      type: 'agency',
      en: 'Cyberspace Administration of China',
      zh: '国家互联网信息办公室',
      zhAlt: ['网信办'],
      pinyin: 'Wǎngxìnbàn',
    }),
  ]);
  const forms = (kind: SurfaceKind) => compiled.surfaces.filter((s) => s.kind === kind).map((s) => s.exact);

  it('derives traditional characters and Taiwan vocabulary with OpenCC', () => {
    expect(compiled.entries[0].zhTrad).toBe('國家互聯網信息辦公室');
    expect(forms(SurfaceKind.Chinese)).toEqual(
      expect.arrayContaining(['国家互联网信息办公室', '國家互聯網信息辦公室', '國家網際網路資訊辦公室', '網信辦']),
    );
  });

  it('derives toneless pinyin with and without spaces', () => {
    expect(forms(SurfaceKind.Pinyin)).toEqual(['Wangxinban']);
    const spaced = compileGlossary([
      entry({ id: 'x', type: 'policy', en: 'x', zh: '网络强国', pinyin: 'wǎngluò qiángguó' }),
    ]);
    expect(spaced.surfaces.filter((s) => s.kind === SurfaceKind.Pinyin).map((s) => s.folded)).toEqual([
      'wangluo qiangguo',
      'wangluoqiangguo',
    ]);
  });
});

describe('ambiguous and unmarked names', () => {
  const compiled = compileGlossary([
    entry({ id: 'xitong', type: 'policy', en: 'xitong', zh: '系统', pinyin: 'xìtǒng', unmarked: ['系统'] }),
    entry({
      id: 'new-era',
      type: 'policy',
      en: 'new era',
      zh: '新时代',
      pinyin: 'xīn shídài',
      ambiguous: ['新时代', 'xīn shídài'],
    }),
  ]);
  const surface = (text: string) => compiled.surfaces.find((s) => s.exact === text);

  it('never matches an unmarked name, in any derived form', () => {
    expect(surface('系统')).toBeUndefined();
    expect(surface('系統')).toBeUndefined();
    expect(surface('xitong')?.kind).toBe(SurfaceKind.English);
  });

  it('carries ambiguity to traditional and toneless forms', () => {
    expect(surface('新时代')?.ambiguous).toBe(true);
    expect(surface('新時代')?.ambiguous).toBe(true);
    expect(surface('xin shidai')?.ambiguous).toBe(true);
    expect(surface('xinshidai')?.ambiguous).toBe(true);
    expect(surface('new era')?.ambiguous).toBe(false);
  });
});

describe('UI strings', () => {
  it('has an English and a Simplified Chinese message for every key, and a label for every subtype', async () => {
    const { readFileSync } = await import('node:fs');
    const { EN_USAGES, SUBTYPES } = await import('../../glossary/schema');
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
    const zh = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const subtype of Object.values(SUBTYPES).flat())
      expect(en, subtype).toHaveProperty(`subtype_${subtype.replace(/-/g, '_')}`);
    for (const usage of EN_USAGES) expect(en, usage).toHaveProperty(`usage_${usage}`);
  });
});

describe('UI strings used in code', () => {
  it('are all in messages.json', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    ['components', 'entrypoints', 'platform', 'user-terms', 'formats'].forEach(walk);
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });
});
