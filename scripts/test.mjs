#!/usr/bin/env node
/**
 * `npm test`: everything, in the order that fails fastest: types, unit tests, the two builds, checks of what ships
 * (the built manifests and bundles, Mozilla's add-on linter, the rebuild from the AMO sources zip), the browser tests
 * in Chromium and Firefox. Ends with one line counting every test, "N passed, N failed"; each check script counts as
 * one test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

// The browser tests need Debian's browsers (never a downloaded one): installed with apt when we run as root,
// otherwise the exact command is printed before anything runs.
const browsers = ['chromium', 'firefox-esr'].filter((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status !== 0);
if (browsers.length) {
  const install = `apt-get update && apt-get install -y --no-install-recommends ${browsers.join(' ')} fonts-noto-cjk`;
  if (process.getuid?.() !== 0) {
    console.error(`npm test needs ${browsers.join(' and ')}. Install them with:\n  sudo sh -c '${install}'`);
    process.exit(1);
  }
  console.log(`Installing ${browsers.join(' and ')} with apt`);
  if (
    spawnSync('sh', ['-c', install], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status !== 0
  )
    process.exit(1);
}

const out = 'test-artifacts';
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(label, config, report) {
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  } catch {
    totals.failed += 1; // The runner died before writing its report: count it as a failure, never as a pass.
  }
  return ok;
}

/** A script that exits non-zero on failure: one test. */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

const steps = [
  () =>
    run('typecheck', 'npx', ['--no-install', 'wxt', 'prepare']) &&
    run('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit']),
  () => check('lint (ESLint, type-aware), format (Prettier), dead code (knip)', 'npm', ['run', '-s', 'lint']),
  () => vitest('unit tests', 'vitest.config.ts', `${out}/unit.json`),
  () =>
    run('build (chrome-mv3)', 'npx', ['--no-install', 'wxt', 'build']) &&
    run('build (firefox-mv2)', 'npx', ['--no-install', 'wxt', 'build', '-b', 'firefox']),
  () => vitest('built manifests and bundles', 'vitest.dist.config.ts', `${out}/dist.json`),
  () => check('web-ext lint (firefox-mv2)', 'node', ['scripts/lint-ext.mjs']),
  () => check('sources zip rebuilds to the Firefox zip', 'node', ['scripts/check-sources-zip.mjs']),
  () => vitest('browser tests (Chromium, Firefox)', 'vitest.browser.config.ts', `${out}/browser.json`),
];
let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
if (!ok && totals.failed === 0) totals.failed = 1; // A failed typecheck or build is a failure even with no test run.
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
