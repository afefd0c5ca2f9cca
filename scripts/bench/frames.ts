/**
 * `npm run bench`, cost per frame (issue 19): what the extension adds to a page with many small frames and to one
 * with a few frames of text, in main-thread script time (DevTools' ScriptDuration, every frame of the renderer) and
 * JS heap after a collection, against the same page without the extension, in the same run. Also the size of each
 * content script and start-up in a frame of text with the user's own terms stored.
 *
 * BENCH_BEFORE=<dir of another chrome-mv3 build> adds that build as a column, e.g. main's, for before/after figures.
 * The "10k terms" columns have USER_TERMS synthetic user terms stored (the most a user may keep). BENCH_SYNTHETIC=<dir
 * of a chrome-mv3 build with a synthetic glossary of 2,000 entries> adds that build, alone and with the user terms
 * (scripts/bench/synthetic-glossary.ts writes the glossary; build with CPL_GLOSSARY_DIR pointing at it).
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../tests/browser/harness/chromium';
import { USER_TERMS_MAX } from '../../platform/constants';
import { adFrame, framedPage, textFrame, syntheticUserTerms } from './frame-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** After load: frames inject and scan meanwhile (the engine's own start-up is well under this). */
const SETTLE_MS = 1500;

const USER_TERMS = USER_TERMS_MAX;
const USER_COLUMN = `with, ${USER_TERMS / 1000}k terms`;
const SYNTHETIC = '2k entries';
const SYNTHETIC_USER = `2k + ${USER_TERMS / 1000}k terms`;
const synthetic = process.env.BENCH_SYNTHETIC && resolve(process.env.BENCH_SYNTHETIC);
const builds: Record<string, string | undefined> = {
  without: undefined,
  ...(process.env.BENCH_BEFORE ? { before: resolve(process.env.BENCH_BEFORE) } : {}),
  with: resolve('dist/chrome-mv3'),
  [USER_COLUMN]: resolve('dist/chrome-mv3'),
  ...(synthetic ? { [SYNTHETIC]: synthetic, [SYNTHETIC_USER]: synthetic } : {}),
};
const withUserTerms = new Set([USER_COLUMN, SYNTHETIC_USER]);

const routes: Record<string, string> = {
  'no frames': framedPage(0, 'ad'),
  '20 ad frames': framedPage(20, 'ad'),
  '5 text frames': framedPage(5, 'text'),
  'ad.html': adFrame(),
  'text.html': textFrame(),
};
const pagesMeasured = ['no frames', '20 ad frames', '5 text frames'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function launch(extension: string | undefined): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cpl-bench-frames-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(extension),
  });
}

/**
 * Stores `n` synthetic user terms from an extension page, the list alone (as an older version would have left it),
 * and waits for the background to store their compiled form (user-terms/packed.ts), which frames then load.
 */
async function storeUserTerms(context: BrowserContext, n: number): Promise<void> {
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.evaluate(
    (terms) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(x: object): Promise<void> } } } }
      ).chrome.storage.local.set({ userTerms: terms }),
    syntheticUserTerms(n),
  );
  await page.waitForFunction(
    async () =>
      !!(
        await (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local.get('userTermsCompiled')
      ).userTermsCompiled,
    undefined,
    { timeout: 60_000, polling: 250 },
  );
  await page.close();
}

interface Load {
  scriptMs: number;
  heapMB: number;
  engines: number;
  startup: number[];
  /** Each engine's start-up phases (page-glossary.ts timings), ms. */
  phases: Array<Record<string, number>>;
}

/** One fresh load: script time and heap of the whole page (all its frames), and each engine's start-up work. */
async function load(page: Page, url: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Performance.enable');
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const startup: number[] = [];
  const phases: Array<Record<string, number>> = [];
  for (const c of contexts.filter((x) => !x.auxData?.isDefault && x.name.includes('China Policy Lens'))) {
    const r = await cdp
      .send('Runtime.evaluate', {
        expression: 'globalThis.__cpl && { work: __cpl.startupWork, phases: __cpl.phases }',
        contextId: c.id,
        returnByValue: true,
      })
      .catch(() => undefined);
    const value = r?.result.value as { work: number; phases: Record<string, number> } | undefined;
    if (typeof value?.work !== 'number') continue;
    startup.push(value.work);
    phases.push(value.phases);
  }
  await cdp.detach();
  return { scriptMs, heapMB: usedSize / 1e6, engines: startup.length, startup, phases };
}

function sizes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const scripts = join(dir, 'content-scripts');
  for (const f of readdirSync(scripts)) out[f] = statSync(join(scripts, f)).size;
  return out;
}

async function main() {
  const server = createServer((req, res) => {
    const body = routes[decodeURIComponent((req.url ?? '/').slice(1).split('?')[0])];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;

  const results: Record<string, Record<string, Load>> = {};
  // Builds take turns load by load, so that the machine's noise falls on each alike.
  const contexts: Record<string, BrowserContext> = {};
  for (const [name, dir] of Object.entries(builds)) {
    contexts[name] = await launch(dir);
    if (withUserTerms.has(name)) await storeUserTerms(contexts[name], USER_TERMS);
  }
  // One load each first, left out: the first load of a fresh browser also pays for compiling and caching its code.
  for (const c of Object.values(contexts)) {
    const page = await c.newPage();
    await load(page, base + encodeURIComponent('no frames'));
    await page.close();
  }
  for (const pageName of pagesMeasured) {
    const runs: Record<string, Load[]> = Object.fromEntries(Object.keys(builds).map((b) => [b, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const name of Object.keys(builds)) {
        const page = await contexts[name].newPage();
        runs[name].push(await load(page, base + encodeURIComponent(pageName)));
        await page.close();
      }
    }
    results[pageName] = Object.fromEntries(
      Object.entries(runs).map(([b, r]) => [
        b,
        {
          scriptMs: median(r.map((x) => x.scriptMs)),
          heapMB: median(r.map((x) => x.heapMB)),
          engines: median(r.map((x) => x.engines)),
          startup: r.flatMap((x) => x.startup),
          phases: r.flatMap((x) => x.phases),
        },
      ]),
    );
    console.error(`measured ${pageName}`);
  }
  for (const c of Object.values(contexts)) await c.close();
  server.close();

  const ext = Object.keys(builds).filter((b) => b !== 'without');
  const col = (s: string) => s.padStart(18);
  console.log(
    `\nCost per frame: Chromium, the same 20 paragraphs on top of each page, median of ${RUNS} loads, builds taking turns\n`,
  );
  console.log(`${''.padEnd(50)}${ext.map(col).join('')}`);
  for (const pageName of pagesMeasured) {
    const r = results[pageName];
    const frames = Number(/^\d+/.exec(pageName)?.[0] ?? 0);
    const row = (label: string, f: (b: string) => string) =>
      console.log(`${label.padEnd(50)}${ext.map((b) => col(f(b))).join('')}`);
    const script = (b: string) => r[b].scriptMs - r.without.scriptMs;
    const heap = (b: string) => r[b].heapMB - r.without.heapMB;
    console.log(pageName);
    row(`  script added, ms (page ${r.without.scriptMs.toFixed(0)} ms without)`, (b) => script(b).toFixed(0));
    const top = results['no frames'];
    const perFrame = (b: string, k: 'scriptMs' | 'heapMB') =>
      (r[b][k] - r.without[k] - (top[b][k] - top.without[k])) / frames;
    if (frames) row(`    per sub-frame (beyond "no frames"), ms`, (b) => perFrame(b, 'scriptMs').toFixed(1));
    row(`  JS heap added, MB (page ${r.without.heapMB.toFixed(1)} MB without)`, (b) => heap(b).toFixed(1));
    if (frames) row(`    per sub-frame (beyond "no frames"), MB`, (b) => perFrame(b, 'heapMB').toFixed(2));
    row(`  frames running the engine (top included)`, (b) => String(r[b].engines));
    row(`  engine start-up work, median ms`, (b) => (r[b].startup.length ? median(r[b].startup).toFixed(1) : '—'));
    // The work's steps (page-glossary.ts), and the reads before it, which are asynchronous: the page runs meanwhile.
    const steps = new Set(ext.flatMap((b) => r[b].phases.flatMap((p) => Object.keys(p))));
    for (const step of steps)
      row(`    ${step}, median ms`, (b) => {
        const xs = r[b].phases.map((p) => p[step]).filter((x) => typeof x === 'number');
        return xs.length ? median(xs).toFixed(1) : '—';
      });
  }
  console.log('content scripts, bytes');
  const all = new Set(ext.flatMap((b) => Object.keys(sizes(builds[b]!))));
  for (const f of [...all].sort())
    console.log(`  ${f.padEnd(48)}${ext.map((b) => col(String(sizes(builds[b]!)[f] ?? '—'))).join('')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
