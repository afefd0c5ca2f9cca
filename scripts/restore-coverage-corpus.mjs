#!/usr/bin/env node
// Restores the coverage corpus (corpus/, git-ignored) that `npm run coverage -- corpus/legal corpus/news` reads:
// PRC laws and regulations, and news in simplified, traditional and English, exported file for file from public git
// repositories. Only the list of (repo, commit, path, sha256) is committed, in eval/coverage-corpus.json.
//
// Usage: node scripts/restore-coverage-corpus.mjs            restore corpus/ from the list
//        node scripts/restore-coverage-corpus.mjs --select   choose the files again by the fixed rule below and
//                                                            rewrite the list (needs the mirrors; then restores)
// Mirrors are looked for as scripts/restore-real-texts.mjs does: $CPL_MIRRORS, /work/.mirror, then our own cache,
// cloned blobless when the network allows. The real-text eval's own texts (tests/fixtures/real/sources.json) are
// never picked, so nothing here tunes against them.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from './mirrors.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const listFile = join(root, 'eval/coverage-corpus.json');
const outDir = join(root, 'corpus');

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const git = (dir, args, input) =>
  execFileSync('git', ['-C', dir, '-c', 'core.quotepath=off', ...args], {
    maxBuffer: 1024 * 1024 * 1024,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });

// ---- The fixed selection rule --------------------------------------------------------------------------------

const LAWS = 'LawRefBook/Laws';
const everyNth = (list, n) => list.filter((_, i) => i % n === 0);
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function files(dir, commit) {
  return git(dir, ['ls-tree', '-r', '--name-only', commit]).toString('utf8').split('\n').filter(Boolean);
}

/** Laws: each national folder (not DLC's local law, not 案例 cases), the newest version of each law, every 3rd. */
function selectLaws(dir, commit) {
  const newest = new Map();
  for (const path of files(dir, commit)) {
    const parts = path.split('/');
    if (parts.length !== 2 || !path.endsWith('.md') || parts[1] === '_index.md') continue;
    if (['DLC', 'scripts', '案例'].includes(parts[0])) continue;
    const m = /^(.*?)(?:\((\d{4}-\d{2}-\d{2})\))?\.md$/.exec(parts[1]);
    const id = `${parts[0]}/${m[1]}`;
    const date = m[2] ?? '';
    const seen = newest.get(id);
    if (!seen || date > seen.date) newest.set(id, { path, date });
  }
  const byFolder = new Map();
  for (const { path } of newest.values()) {
    const folder = path.split('/')[0];
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  return [...byFolder.values()].flatMap((paths) => everyNth(paths.sort(byName), 3));
}

/** The news sources and their rules; `cue` keeps only files that name China (the English sources cover the world). */
const NEWS = [
  { repo: 'DuckBurnIncense/xin-wen-lian-bo', pick: (p) => /^news\/\d{8}\.md$/.test(p), nth: 15 },
  {
    repo: 'hkarchivist/hkcnews-article-archive',
    pick: (p) => /^articles\/.*\.md$/.test(p),
    order: (p) => Number(/article_(\d+)\.md$/.exec(p)?.[1] ?? 0),
    nth: 400,
  },
  { repo: 'bertmad3400/articleMD', pick: (p) => /\.md$/.test(p), cue: /\b(?:China|Chinese|Beijing)\b/, nth: 4 },
  { repo: 'raileo98/test2', pick: (p) => /^hk_rthk_\w+\.md$/.test(p), nth: 1 },
  // English political writing: the chapters of a translated volume of Xi Jinping's speeches.
  {
    repo: 'pantrypoints/sp',
    pick: (p) => /^content\/en\/research\/countries\/china\/xi\/chapter-[^/]+\.md$/.test(p),
    nth: 2,
  },
];

function selectNews(source, dir, commit, excluded) {
  let paths = files(dir, commit).filter((p) => source.pick(p) && !excluded.has(`${source.repo}:${p}`));
  paths.sort(source.order ? (a, b) => source.order(a) - source.order(b) : byName);
  if (source.cue) paths = paths.filter((p) => source.cue.test(git(dir, ['show', `${commit}:${p}`]).toString('utf8')));
  return everyNth(paths, source.nth);
}

function select() {
  const real = JSON.parse(readFileSync(join(root, 'tests/fixtures/real/sources.json'), 'utf8'));
  const excluded = new Set(real.map((s) => `${s.repo}:${s.path}`));
  const list = [];
  const add = (repo, dir, commit, kind, paths) => {
    for (const path of paths) {
      if (excluded.has(`${repo}:${path}`)) continue;
      list.push({ repo, commit, path, kind, sha256: sha256(git(dir, ['show', `${commit}:${path}`])) });
    }
  };
  for (const [repo, kind, choose] of [
    [LAWS, 'legal', (dir, commit) => selectLaws(dir, commit)],
    ...NEWS.map((s) => [s.repo, 'news', (dir, commit) => selectNews(s, dir, commit, excluded)]),
  ]) {
    const where = locate(repo);
    if (!where.dir) throw new Error(`${repo}: ${where.why}`);
    const commit = git(where.dir, ['rev-parse', 'HEAD']).toString().trim();
    add(repo, where.dir, commit, kind, choose(where.dir, commit));
  }
  writeFileSync(listFile, JSON.stringify(list, null, 2) + '\n');
  console.log(`selected ${list.length} files into ${listFile}`);
}

// ---- Restoring -------------------------------------------------------------------------------------------------

if (process.argv.includes('--select')) select();
const list = JSON.parse(readFileSync(listFile, 'utf8'));
const counts = { restored: 0, present: 0, missing: 0, wrong: 0 };
for (const src of list) {
  const file = join(outDir, src.kind, src.repo.replace('/', '+'), src.path);
  if (existsSync(file) && sha256(readFileSync(file)) === src.sha256) {
    counts.present++;
    continue;
  }
  const where = locate(src.repo);
  let content;
  try {
    if (!where.dir) throw new Error(where.why);
    content = git(where.dir, ['show', `${src.commit}:${src.path}`]);
  } catch (err) {
    console.log(
      `missing       ${src.repo}:${src.path} (${
        String(err.stderr || err.message)
          .trim()
          .split('\n')[0]
      })`,
    );
    counts.missing++;
    continue;
  }
  if (sha256(content) !== src.sha256) {
    console.log(`WRONG SHA256  ${src.repo}:${src.path}`);
    counts.wrong++;
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  counts.restored++;
}
console.log(
  `${list.length} files: ${counts.restored} restored, ${counts.present} already there, ` +
    `${counts.missing} missing, ${counts.wrong} with a wrong sha256 (in ${outDir})`,
);
process.exit(counts.wrong > 0 ? 1 : 0);
