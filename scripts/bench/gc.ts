/**
 * Garbage collection on a page load, from a CPU profile: the time in "(garbage collector)" samples (V8's collector,
 * which traces the DOM too) from navigation until `settleMs` after load, and the longest unbroken stretch of them
 * (about one pause; the sampling makes it approximate).
 *
 * Why the bench needs it: "total scanning" times our slices, but collections our work sets off mostly run later, in
 * the page's tasks or idle time, where no slice of ours counts them. Taken with and without the extension on the same
 * page, the difference is what the reader pays for that. It is measured on its own load, because the profiler slows
 * everything it samples, and in a browser of its own: pages of one site share a renderer process, so a load in a
 * browser that has loaded (and closed) the 5 MB page before also pays for collecting what those left behind.
 */
import type { BrowserContext } from 'playwright-core';

export interface GcFigures {
  /** ms of collector samples from navigation to settle. */
  total: number;
  /** ms of the longest unbroken run of collector samples. */
  longest: number;
}

export async function gcDuringLoad(
  launch: () => Promise<BrowserContext>,
  url: string,
  settleMs: number,
): Promise<GcFigures> {
  const context = await launch();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, settleMs));
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return collectorTime(profile.nodes, profile.samples ?? [], profile.timeDeltas ?? []);
  } finally {
    // A browser of its own per figure: never leave one running when the load fails.
    await context.close();
  }
}

function collectorTime(
  nodes: Array<{ id: number; callFrame: { functionName: string } }>,
  samples: number[],
  deltas: number[],
): GcFigures {
  const collector = new Set(nodes.filter((n) => n.callFrame.functionName === '(garbage collector)').map((n) => n.id));
  let total = 0;
  let run = 0;
  let longest = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time since the previous sample: the time sample i stands for.
    if (collector.has(samples[i])) {
      total += deltas[i] ?? 0;
      run += deltas[i] ?? 0;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return { total: total / 1000, longest: longest / 1000 };
}
