#!/usr/bin/env node
// Picks a new batch of the real-text set at random, without reading the texts or the glossary: files are drawn from
// pools defined by repository and path (and, for English news, by whether the story names China at all), and each
// excerpt is a run of whole lines of 3-8 KB starting at a random line of the file. Then the held-back third is drawn
// as for the first batch (tests/fixtures/real/README.md), with its own seed. Prints the new sources.json rows. Run
// once, before any annotation; the rows are committed.
//
// Usage: node scripts/select-real-batch.mjs BATCH SEED [SCALE] > /tmp/batchN.json
// Batch 2 was drawn with 2 20261206, batch 3 with 3 20261208 1.5 (each pool's count times SCALE, rounded). Files already in sources.json are never drawn again, so
// rerunning an old batch's arguments after later batches were added gives other files.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from './mirrors.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const used = JSON.parse(readFileSync(join(root, 'tests/fixtures/real/sources.json'), 'utf8'));
const usedPaths = new Set(used.map((s) => `${s.repo}:${s.path}`));

const BATCH = Number(process.argv[2] ?? 2);
const SEED = Number(process.argv[3] ?? 20261206);
const SCALE = Number(process.argv[4] ?? 1);
if (!Number.isInteger(BATCH) || !Number.isInteger(SEED)) throw new Error('usage: select-real-batch.mjs BATCH SEED');
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];

const git = (dir, args) =>
  execFileSync('git', ['-C', dir, ...args], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString('utf8')
    .replace(/\r\n?/g, '\n');

const LAW_DIRS =
  /^(刑法|司法解释|宪法|宪法相关法|民法典|民法商法|社会法|经济法|行政法|行政法规|诉讼与非诉讼程序法|部门规章|其他)\//;
const mentionsChina = (t) => (t.match(/\bChina\b|\bChinese\b|\bBeijing\b/g) ?? []).length;

// genre → [count, repo, path filter, content filter, first line allowed as a start]
const POOLS = [
  ['law', 5, 'LawRefBook/Laws', (p) => LAW_DIRS.test(p) && p.endsWith('.md'), () => true, (l) => /^(第.+条|#)/.test(l)],
  [
    'party-state',
    3,
    'DuckBurnIncense/xin-wen-lian-bo',
    (p) => /^news\/20\d{6}\.md$/.test(p),
    () => true,
    (l) => /\S/.test(l),
  ],
  [
    'state-media',
    3,
    'DuckBurnIncense/xin-wen-lian-bo',
    (p) => /^news\/20\d{6}\.md$/.test(p),
    () => true,
    (l) => /\S/.test(l),
  ],
  [
    'state-media',
    1,
    'clkhoo5211/upgraded-octo-fortnight',
    // December's files ran out after batch 4; from batch 5 the pool is November's and December's.
    (p) => /^2025\/1[12]\/\d\d\/politics\.md$/.test(p),
    () => true,
    (l) => /^#/.test(l),
  ],
  [
    'hk-news',
    4,
    'hkarchivist/hkcnews-article-archive',
    (p) => /^articles\/.+\.md$/.test(p),
    () => true,
    (l) => /^#/.test(l),
  ],
  ['en-news', 5, 'bertmad3400/articleMD', (p) => p.endsWith('.md'), (t) => mentionsChina(t) >= 3, (l) => /\S/.test(l)],
  [
    'en-analysis',
    2,
    'bertmad3400/articleMD',
    (p) => p.endsWith('.md'),
    (t) => mentionsChina(t) >= 10,
    (l) => /\S/.test(l),
  ],
  [
    'tw-news',
    2,
    'PDIS/transcript',
    (p) => /[\u4e00-\u9fff]/.test(p) && p.endsWith('.md'),
    () => true,
    (l) => /\S/.test(l),
  ],
  [
    'other-country',
    2,
    'bertmad3400/articleMD',
    (p) => p.endsWith('.md'),
    (t) => mentionsChina(t) === 0 && /\b(Act|Law|Ministry|Agency|national security)\b/.test(t),
    (l) => /\S/.test(l),
  ],
];

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const rows = [];
const counters = {};
for (const [genre, poolCount, repo, pathOk, textOk, startOk] of POOLS) {
  const count = Math.round(poolCount * SCALE);
  const { dir, why } = locate(repo);
  if (!dir) throw new Error(`${repo}: ${why}`);
  const commit = git(dir, ['rev-parse', 'HEAD']).trim();
  const paths = git(dir, ['-c', 'core.quotePath=false', 'ls-tree', '-r', '--name-only', commit])
    .split('\n')
    .filter((p) => p && pathOk(p) && !usedPaths.has(`${repo}:${p}`))
    .sort();
  if (paths.length < count)
    throw new Error(`${genre} pool of ${repo} has ${paths.length} unused files, ${count} needed`);
  let taken = 0;
  for (let tries = 0; taken < count && tries < 2000; tries++) {
    const path = pick(paths);
    if (usedPaths.has(`${repo}:${path}`)) continue;
    const whole = git(dir, ['show', `${commit}:${path}`]);
    if (!textOk(whole)) continue;
    const lines = whole.split('\n');
    // Skip YAML front matter: its URLs and tags are not the article.
    let body = 0;
    if (lines[0] === '---') body = lines.indexOf('---', 1) + 1;
    const starts = [];
    for (let i = body; i < lines.length; i++) if (startOk(lines[i])) starts.push(i);
    if (!starts.length) continue;
    const from = pick(starts);
    let to = from;
    let bytes = 0;
    while (to < lines.length && bytes < 3000) {
      const next = bytes + Buffer.byteLength(lines[to], 'utf8') + 1;
      if (next > 8000) break;
      bytes = next;
      to++;
    }
    if (bytes < 3000) continue;
    const text = lines.slice(from, to).join('\n').replace(/\n+$/, '') + '\n';
    if (text.includes('\uFFFD')) continue;
    usedPaths.add(`${repo}:${path}`);
    counters[genre] = (counters[genre] ?? 0) + 1;
    const lang = /[\u4e00-\u9fff]/.test(text.slice(0, 2000))
      ? /[們這國說會與為]/.test(text)
        ? 'zh-Hant'
        : 'zh-Hans'
      : 'en';
    rows.push({
      id: `b${BATCH}-${genre}-${String(counters[genre]).padStart(2, '0')}`,
      lang,
      genre,
      batch: BATCH,
      title: path,
      repo,
      commit,
      path,
      lines: [from + 1, to],
      bytes: Buffer.byteLength(text, 'utf8'),
      sha256: sha256(text),
    });
    taken++;
  }
  if (taken < count) throw new Error(`${genre} from ${repo}: only ${taken} of ${count} found`);
}
// The held-back third, stratified by genre: genres in code-unit order, each genre's ids sorted, one PRNG across them.
const split = mulberry32(SEED + 1);
for (const genre of [...new Set(rows.map((r) => r.genre))].sort()) {
  const ids = rows
    .filter((r) => r.genre === genre)
    .map((r) => r.id)
    .sort();
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(split() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const held = new Set(ids.slice(0, Math.round(ids.length / 3)));
  for (const r of rows) if (r.genre === genre) r.heldBack = held.has(r.id);
}
console.log(JSON.stringify(rows, null, 2));
