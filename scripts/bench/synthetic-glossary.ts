/**
 * A synthetic glossary of SIZE entries (default 2,000) for the glossary-at-scale rows of the frames bench: the real
 * entries, and copies of them under new ids and names up to SIZE (each copy's English and Chinese names get a
 * distinct suffix; pinyin and usage notes are dropped, relations kept). Written to the directory given, for a build
 * with CPL_GLOSSARY_DIR pointing at it:
 *
 *   tsx scripts/bench/synthetic-glossary.ts /tmp/glossary-2000 && CPL_GLOSSARY_DIR=/tmp/glossary-2000 npx wxt build
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadGlossary } from '../../glossary/load';
import type { Entry } from '../../glossary/schema';

const SIZE = Number(process.env.SIZE ?? 2000);
const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/bench/synthetic-glossary.ts OUT_DIR');
mkdirSync(out, { recursive: true });
for (const f of readdirSync(DATA_DIR)) if (f.endsWith('.json')) copyFileSync(join(DATA_DIR, f), join(out, f));
const real = loadGlossary(DATA_DIR).entries;
const copies: Entry[] = [];
for (let i = 0; copies.length + real.length < SIZE; i++) {
  const e = real[i % real.length];
  const tag = i.toString(36);
  const han = [...tag].map((c) => HAN[parseInt(c, 36) % HAN.length]).join('');
  const {
    pinyin: _p,
    enUsage: _u,
    acronyms: _a,
    zhTrad: _t,
    exclusions: _x,
    ambiguous: _m,
    otherSenseCues: _c,
    preferredWith: _w,
    unmarked: _n,
    ...rest
  } = e;
  copies.push({
    ...rest,
    id: `synthetic-${tag}-${e.id}`,
    en: `${e.en} Synthetic ${tag.toUpperCase()}`,
    ...(e.enAlt ? { enAlt: e.enAlt.map((n) => `${n} Synthetic ${tag.toUpperCase()}`) } : {}),
    zh: `${e.zh}${han}`,
    ...(e.zhAlt ? { zhAlt: e.zhAlt.map((n) => `${n}${han}`) } : {}),
  } as Entry);
}
writeFileSync(join(out, 'zz-synthetic.json'), JSON.stringify(copies, null, 1));
console.log(`${real.length} real + ${copies.length} synthetic entries in ${out}`);
