#!/usr/bin/env node
/**
 * `npm run check:zip`: proves that the sources zip made for AMO's reviewers rebuilds to the Firefox package.
 *
 *  1. `wxt zip -b firefox` writes dist/<name>-<version>-firefox.zip and dist/<name>-<version>-sources.zip
 *     (skip with --no-zip to check the zips already in dist/).
 *  2. The sources zip holds only what the build needs (ALLOWED below) and SOURCE-CODE-REVIEW.md.
 *  3. It is unpacked into a fresh temporary directory, dependencies are put in place, and `wxt build -b firefox` runs
 *     there.
 *  4. Every file of the rebuilt dist/firefox-mv2 must equal, byte for byte, the same file in the Firefox zip, and the
 *     two must hold the same files.
 *
 * Dependencies, step 3: by default the project's installed node_modules is copied into the temporary directory as
 * hard links (`cp -al`, no network and no disk space; a symlink where hard links cannot cross file systems), which is
 * the same package versions the lockfile pins. `--npm-install` instead runs `npm install` there, exactly as a reviewer
 * would (it needs the npm registry, or a warm npm cache, and takes about a minute).
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';

const args = new Set(process.argv.slice(2));
const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** What may be in the sources zip: the build's inputs and the reviewers' instructions. Anything else is a leak. */
const ALLOWED = [
  /^(package\.json|package-lock\.json|tsconfig\.json|wxt\.config\.ts|README\.md|SOURCE-CODE-REVIEW\.md)$/,
  /^(entrypoints|components|glossary|matching|text|formats|user-terms|platform|public)\//,
];
const REQUIRED = ['SOURCE-CODE-REVIEW.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];

function run(command, argv, cwd) {
  console.log(`$ ${command} ${argv.join(' ')}${cwd === root ? '' : `   (in ${cwd})`}`);
  const r = spawnSync(command, argv, { cwd, stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  if (r.status !== 0) fail(`${command} ${argv.join(' ')} exited with ${r.status ?? r.signal}`);
}

let tmp;
function fail(message) {
  console.error(`check-sources-zip: ${message}`);
  if (tmp && !args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
}

/** Files (not folders) of a zip: path → contents. */
async function unzip(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function walk(dir, base = dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, base, out);
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

const wxtBin = join(root, 'node_modules', '.bin', 'wxt');
if (!args.has('--no-zip')) run(wxtBin, ['zip', '-b', 'firefox'], root);

const firefoxZip = resolve('dist', `${pkg.name}-${pkg.version}-firefox.zip`);
const sourcesZip = resolve('dist', `${pkg.name}-${pkg.version}-sources.zip`);
const [packaged, sources] = await Promise.all([unzip(firefoxZip), unzip(sourcesZip)]).catch((e) => fail(String(e)));

const leaked = [...sources.keys()].filter((f) => !ALLOWED.some((re) => re.test(f)));
if (leaked.length)
  fail(
    `the sources zip holds files the build does not need (exclude them in wxt.config.ts zip.excludeSources):\n  ${leaked.join('\n  ')}`,
  );
const missing = REQUIRED.filter((f) => !sources.has(f));
if (missing.length) fail(`the sources zip lacks ${missing.join(', ')}`);
console.log(
  `sources zip: ${sources.size} files, ${statSync(sourcesZip).size} bytes; Firefox zip: ${packaged.size} files, ${statSync(firefoxZip).size} bytes`,
);

// A directory of its own, outside the project, so that nothing from the work tree can leak into the rebuild.
tmp = mkdtempSync(join(tmpdir(), 'cpl-sources-'));
for (const [name, content] of sources) {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

if (args.has('--npm-install')) {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], tmp);
} else {
  const cp = spawnSync('cp', ['-al', join(root, 'node_modules'), join(tmp, 'node_modules')], { stdio: 'inherit' });
  if (cp.status === 0)
    console.log("node_modules: hard-linked copy of the project's (use --npm-install for a real install)");
  else {
    rmSync(join(tmp, 'node_modules'), { recursive: true, force: true });
    symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
    console.log("node_modules: symlink to the project's (hard links failed; use --npm-install for a real install)");
  }
  run(join(tmp, 'node_modules', '.bin', 'wxt'), ['prepare'], tmp);
}
run(join(tmp, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], tmp);

const rebuiltDir = join(tmp, 'dist', 'firefox-mv2');
const rebuilt = new Set(walk(rebuiltDir));
const problems = [];
for (const [name, content] of packaged) {
  if (!rebuilt.has(name)) problems.push(`only in the Firefox zip: ${name}`);
  else if (!readFileSync(join(rebuiltDir, name)).equals(content)) problems.push(`differs: ${name}`);
}
for (const name of rebuilt) if (!packaged.has(name)) problems.push(`only in the rebuild: ${name}`);
if (problems.length) {
  args.add('--keep');
  fail(`the rebuild from the sources zip differs from the Firefox zip (kept in ${tmp}):\n  ${problems.join('\n  ')}`);
}
if (!args.has('--keep')) rmSync(tmp, { recursive: true, force: true });
console.log(`check-sources-zip: the sources rebuild to the Firefox package, all ${packaged.size} files byte for byte`);
