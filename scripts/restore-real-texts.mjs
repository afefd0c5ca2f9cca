#!/usr/bin/env node
// Restores the real-text evaluation set (tests/fixtures/real/texts/<id>.txt) from
// public git repositories. The texts are third-party material we may not
// redistribute, so only pointers (repo, commit, path, line range, sha256) are
// committed in tests/fixtures/real/sources.json; this script rebuilds the files.
//
// Usage: node scripts/restore-real-texts.mjs
// Exit code is non-zero only when a text could be read but its sha256 differs
// (the pointer or the source is wrong). Missing repositories are reported, not fatal,
// so the script stays usable offline with a partial set of mirrors.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locate } from './mirrors.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const realDir = join(root, 'tests/fixtures/real');
const outDir = join(realDir, 'texts');
const sources = JSON.parse(readFileSync(join(realDir, 'sources.json'), 'utf8'));

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const git = (dir, args) =>
  execFileSync('git', ['-C', dir, ...args], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

function extract(src, dir) {
  let text = git(dir, ['show', `${src.commit}:${src.path}`]).toString('utf8');
  // JSON/JSONL sources hold articles in a field; lines then count within that field.
  if (src.jsonField !== undefined) {
    const records = src.path.endsWith('.jsonl')
      ? text
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l))
      : JSON.parse(text);
    text = String(records[src.record ?? 0][src.jsonField]);
  }
  // Normalise line endings first so the 1-based line numbers mean the same everywhere.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const [from, to] = src.lines;
  return (
    lines
      .slice(from - 1, to)
      .join('\n')
      .replace(/\n+$/, '') + '\n'
  );
}

mkdirSync(outDir, { recursive: true });
const counts = { restored: 0, present: 0, missing: 0, wrong: 0 };
for (const src of sources) {
  const file = join(outDir, `${src.id}.txt`);
  if (existsSync(file) && sha256(readFileSync(file, 'utf8')) === src.sha256) {
    console.log(`already there  ${src.id}`);
    counts.present++;
    continue;
  }
  const where = locate(src.repo);
  if (!where.dir) {
    console.log(`missing        ${src.id}: ${src.repo}: ${where.why}`);
    counts.missing++;
    continue;
  }
  let text;
  try {
    text = extract(src, where.dir);
  } catch (err) {
    console.log(
      `missing        ${src.id}: cannot read ${src.path}@${src.commit.slice(0, 10)} (${
        String(err.stderr || err.message)
          .trim()
          .split('\n')[0]
      })`,
    );
    counts.missing++;
    continue;
  }
  const got = sha256(text);
  if (got !== src.sha256) {
    // Never write a text that differs from what annotators were given.
    console.log(`WRONG SHA256   ${src.id}: expected ${src.sha256.slice(0, 12)}, got ${got.slice(0, 12)}`);
    counts.wrong++;
    continue;
  }
  writeFileSync(file, text);
  console.log(`restored       ${src.id} (${Buffer.byteLength(text)} bytes)`);
  counts.restored++;
}

console.log(
  `\n${sources.length} texts: ${counts.restored} restored, ${counts.present} already there, ` +
    `${counts.missing} missing, ${counts.wrong} with a wrong sha256`,
);
process.exit(counts.wrong > 0 ? 1 : 0);
