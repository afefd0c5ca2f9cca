#!/usr/bin/env node
/**
 * `npm start`: builds the extension for Chromium and Firefox, then opens Chromium with it loaded on the demo page
 * when there is a display and a Chromium to open; otherwise prints where the unpacked builds are and how to load them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const build = (args) => spawnSync('npx', ['--no-install', 'wxt', 'build', ...args], { stdio: 'inherit' }).status === 0;
if (!build([]) || !build(['-b', 'firefox'])) process.exit(1);

const chromeDir = resolve('dist/chrome-mv3');
const firefoxDir = resolve('dist/firefox-mv2');
const chromium = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(existsSync);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`
China Policy Lens is built.

  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode", click "Load unpacked" and choose
    ${chromeDir}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose
    ${join(firefoxDir, 'manifest.json')}

Then open any page about China's internet governance, or the demo page: tests/fixtures/pages/demo.html.
`);

if (!chromium || !hasDisplay || process.argv.includes('--no-open')) {
  if (!hasDisplay) console.log('(No display here, so no browser was opened.)');
  process.exit(0);
}

// Serve the demo page over http: content scripts do not run on file:// pages unless the user allows it.
const demo = readFileSync('tests/fixtures/pages/demo.html');
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo));
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(`Opening Chromium with the extension on ${url} (close the browser to stop).`);
  const profile = mkdtempSync(join(tmpdir(), 'cpl-start-'));
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${chromeDir}`,
      `--load-extension=${chromeDir}`,
      '--no-first-run',
      url,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => server.close());
});
