/**
 * Where a text frame's start-up goes (issue 19). Loads a page of 5 frames of text into Chromium with the extension,
 * records a trace, and prints per frame, medians of RUNS loads: the engine's injection (ScriptInjection::InjectJs,
 * split into the part before V8 evaluates the script, which grows with the file's size, and the evaluation with its
 * compile), the longest task of its start-up after the settings are read, and the engine's own phase timings
 * (`__cpl.phases`, `__cpl.startupWork`, read over the DevTools protocol). Tracing slows everything down: compare
 * builds with each other in the same run, not with `scripts/bench/frames.ts`.
 *
 *   tsx scripts/bench/frame-profile.ts [label=extension dir ...]   (default: dist/chrome-mv3)
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../../tests/browser/harness/chromium';
import { framedPage, textFrame } from './frame-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FRAMES = 5;
const SETTLE_MS = 1500;
/** TRACE=0 reads the engine's own timings without a trace, which slows JavaScript down. */
const TRACE = process.env.TRACE !== '0';
const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink', 'extensions'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const ENGINE = 'content-scripts/content.js';

/** Per injection of the engine into a frame: ms before evaluation, evaluation, compile, source positions. */
function injections(events: TraceEvent[]) {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const within = (outer: TraceEvent, name: string) =>
    complete
      .filter((e) => e.name === name && e.pid === outer.pid && e.tid === outer.tid)
      .filter((e) => e.ts >= outer.ts && e.ts < outer.ts + outer.dur!);
  const sum = (list: TraceEvent[]) => list.reduce((a, e) => a + e.dur! / 1000, 0);
  const rows = [];
  for (const inject of complete.filter((e) => e.name === 'ScriptInjection::InjectJs')) {
    const evaluate = within(inject, 'EvaluateScript').find((e) => e.args?.data?.url?.includes(ENGINE));
    if (!evaluate) continue;
    rows.push({
      inject: inject.dur! / 1000,
      beforeEvaluate: (evaluate.ts - inject.ts) / 1000,
      evaluate: evaluate.dur! / 1000,
      compile: sum(within(evaluate, 'v8.compile')),
      sourcePositions: sum(within(evaluate, 'V8.CollectSourcePositions')),
    });
  }
  // The start-up after the settings are read runs as microtasks of the storage reply: the longest such runs.
  const micro = complete.filter((e) => e.name === 'RunMicrotasks' && e.dur! > 5000).map((e) => e.dur! / 1000);
  return { rows, micro };
}

async function profile(dir: string, base: string) {
  const context: BrowserContext = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'cpl-frame-profile-')),
    { executablePath: CHROMIUM, headless: true, args: chromiumArgs(dir) },
  );
  const all: Record<string, number[]> = {};
  const add = (k: string, v: number) => (all[k] ??= []).push(v);
  for (let run = -1; run < RUNS; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    const contexts: Array<{ id: number; name: string }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Runtime.enable');
    if (TRACE)
      await cdp.send('Tracing.start', {
        traceConfig: { includedCategories: CATEGORIES },
        transferMode: 'ReportEvents',
      });
    await page.goto(base + 'page', { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    if (TRACE) {
      await cdp.send('Tracing.end');
      await done;
    }
    const phases: Array<Record<string, number>> = [];
    for (const c of contexts.filter((x) => x.name.includes('China Policy Lens'))) {
      const r = await cdp
        .send('Runtime.evaluate', {
          expression: 'globalThis.__cpl && { ...globalThis.__cpl.phases, startupWork: globalThis.__cpl.startupWork }',
          contextId: c.id,
          returnByValue: true,
        })
        .catch(() => undefined);
      if (r?.result.value) phases.push(r.result.value as Record<string, number>);
    }
    await page.close();
    // The first load warms the browser up (the same load as the frames bench leaves out).
    if (run < 0) continue;
    const { rows, micro } = injections(events);
    for (const row of rows) for (const [k, v] of Object.entries(row)) add(`injected frame: ${k}`, v);
    for (const m of micro) add('start-up microtask runs over 5 ms', m);
    for (const p of phases) for (const [k, v] of Object.entries(p)) add(`phase: ${k}`, v);
  }
  await context.close();
  return all;
}

async function main() {
  const routes: Record<string, string> = { page: framedPage(FRAMES, 'text'), 'text.html': textFrame() };
  const server = createServer((req, res) => {
    const body = routes[(req.url ?? '/').slice(1).split('?')[0]];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const args = process.argv.slice(2);
  const builds = (args.length ? args : ['this=dist/chrome-mv3']).map((a) => a.split('=') as [string, string]);
  const results: Record<string, Record<string, number[]>> = {};
  for (const [label, dir] of builds) results[label] = await profile(resolve(dir), base);
  server.close();
  const keys = [...new Set(Object.values(results).flatMap((r) => Object.keys(r)))].sort();
  console.log(
    `\nText-frame start-up, ${TRACE ? 'traced' : 'untraced'}, ${FRAMES} text frames, median ms over ${RUNS} loads (count in brackets)`,
  );
  console.log(''.padEnd(44) + builds.map(([l]) => l.padStart(18)).join(''));
  for (const k of keys) {
    const cells = builds.map(([l]) => {
      const xs = results[l][k] ?? [];
      return `${median(xs).toFixed(1)} (${xs.length})`.padStart(18);
    });
    console.log(k.padEnd(44) + cells.join(''));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
