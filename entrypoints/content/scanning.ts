/**
 * The page engine: scans the document in time slices, the visible part first, keeps the marks current as the page
 * changes (only changed blocks are rescanned, after a quiet moment), and hands marks to the highlighter.
 */
import type { PageGlossary } from './page-glossary';
import {
  CLOCK_EVERY_RUNS,
  CLOCK_EVERY_UNITS,
  RESCAN_DEBOUNCE_MS,
  RESCAN_MAX_WAIT_MS,
  SCAN_SLICE_MS,
} from '../../platform/constants';
import highlightCss from './highlights.css?inline';
import { Highlighter, styleShadowRoot } from './highlighter';
import { MatchList } from '../../matching/match-list';
import { MarkStore } from './marks';
import type { PauseSwitch } from './pause';
import { blockOf, insideSkipped, isInline, RunReader } from './reading';

/** Lets the page run between slices: scheduler.yield where there is one (Chromium), else a message-channel task. */
function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface EngineTimings {
  /** ms from start() to the visible part being marked. */
  visible?: number;
  /** ms from start() to the whole document being marked. */
  complete?: number;
  /** Sum of the slices' working time (what the page paid), ms. */
  busy: number;
  slices: number;
  longestSlice: number;
}

export interface ScanOptions {
  pause: PauseSwitch;
  /** Tag names (lower case) of our own elements, whose coming and going is not a change to the page. */
  ignoredTags: readonly string[];
}

export class PageEngine {
  readonly store: MarkStore;
  readonly highlighter: Highlighter;
  /** The matches of one run, reused from run to run. */
  private readonly matches = new MatchList();
  readonly timings: EngineTimings = { busy: 0, slices: 0, longestSlice: 0 };
  private readonly win: Window;
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Node>();
  private readonly observedRoots = new WeakSet<Node>();
  /** The open shadow roots read so far, for hit-testing into them. */
  readonly shadowRoots: ShadowRoot[] = [];
  /** When the oldest change not yet rescanned happened (performance.now()), or 0. */
  private dirtySince = 0;
  private rescanTimer = 0;
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly root: Node,
    private readonly glossary: PageGlossary,
    private readonly options: ScanOptions,
  ) {
    this.win = doc.defaultView!;
    this.store = new MarkStore(
      doc,
      (surface) => glossary.surfaces.ambiguous(surface),
      (surface) => glossary.surfaces.lawText(surface),
    );
    this.highlighter = new Highlighter(this.win, this.store, glossary, options.pause);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans the page, visible part first; resolves when everything is marked. */
  start(): Promise<void> {
    const t0 = performance.now();
    this.watch(this.root);
    return this.enqueue(async () => {
      const first = this.firstVisibleBlock();
      const shadows: ShadowRoot[] = [];
      const onShadowRoot = (s: ShadowRoot) => shadows.push(s);
      const viewportBottom = this.win.innerHeight;
      let visibleDone = false;
      const markVisible = () => {
        if (visibleDone) return;
        visibleDone = true;
        this.highlighter.flush();
        this.timings.visible = performance.now() - t0;
      };
      // 1. From the first visible block to the end of the document; the visible part is done once a run starts
      //    below the viewport.
      await this.scanRuns(new RunReader(this.root, { from: first, onShadowRoot }), (run) => {
        if (visibleDone) return false;
        const top = (run.block as Element).getBoundingClientRect?.().top;
        if (top !== undefined && top >= viewportBottom) {
          markVisible();
          return false;
        }
        return true;
      });
      markVisible();
      // 2. From the start of the document up to the first visible block.
      if (first) {
        await this.scanRuns(
          new RunReader(this.root, { onShadowRoot }),
          () => false,
          (run) => {
            const node = run.firstNode();
            return (
              first === node ||
              first.contains(node) ||
              !!(first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
            );
          },
        );
      }
      // 3. Open shadow roots met on the way (web components), each observed for changes too.
      for (let i = 0; i < shadows.length; i++) {
        this.watch(shadows[i]);
        styleShadowRoot(shadows[i], highlightCss);
        await this.scanRuns(new RunReader(shadows[i], { onShadowRoot }), () => false);
      }
      this.highlighter.schedule();
      this.timings.complete = performance.now() - t0;
    });
  }

  /**
   * Matches the runs of `run` in slices of SCAN_SLICE_MS, yielding to the page between slices. `near` says whether
   * a run's block is known to be on screen; `stop` ends the walk before a run.
   */
  private async scanRuns(
    run: RunReader,
    near: (run: RunReader) => boolean,
    stop?: (run: RunReader) => boolean,
  ): Promise<void> {
    let sliceStart = performance.now();
    const matches = this.matches;
    // The clock is read after about CLOCK_EVERY_UNITS code units of text or CLOCK_EVERY_RUNS runs, not after each run.
    let sinceClock = 0;
    while (run.next()) {
      // The slice so far counts even when the walk ends here (it used not to when `stop` ended it).
      if (this.stopped || stop?.(run)) break;
      const isNear = near(run);
      this.glossary.matcher.scan(run.texts, run.count, matches);
      if (matches.count) {
        this.store.add(run, matches);
        this.highlighter.track(run.block!, isNear);
      }
      sinceClock += run.starts[run.count] + CLOCK_EVERY_UNITS / CLOCK_EVERY_RUNS;
      if (sinceClock < CLOCK_EVERY_UNITS) continue;
      sinceClock = 0;
      const now = performance.now();
      if (now - sliceStart >= SCAN_SLICE_MS) {
        this.endSlice(now - sliceStart);
        await yieldToPage(this.win);
        sliceStart = performance.now();
      }
    }
    this.endSlice(performance.now() - sliceStart);
  }

  private endSlice(ms: number): void {
    this.timings.busy += ms;
    this.timings.slices++;
    this.timings.longestSlice = Math.max(this.timings.longestSlice, ms);
  }

  /** The block holding the first text at the top of the viewport, to start scanning there. */
  private firstVisibleBlock(): Node | undefined {
    const w = this.win.innerWidth;
    const h = this.win.innerHeight;
    for (const [fx, fy] of [
      [0.3, 0.05],
      [0.5, 0.2],
      [0.3, 0.5],
    ]) {
      const pos = this.doc.caretPositionFromPoint?.(w * fx, h * fy);
      const node = pos?.offsetNode;
      if (node && node.nodeType === Node.TEXT_NODE && this.root.contains(node) && !insideSkipped(node, this.root)) {
        const block = blockOf(node, this.root);
        return block === this.root ? undefined : block;
      }
    }
    return undefined;
  }

  private watch(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host)
      this.shadowRoots.push(root as ShadowRoot);
    // contenteditable too: an editor that becomes editable after the first scan (initialised on idle, found by the
    // corpus's editors page) must lose its marks, and text that stops being editable gets them.
    this.observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        // Our own elements coming and going are not a change to the page's text.
        if (nodes.length && nodes.every((n) => this.options.ignoredTags.includes(n.nodeName.toLowerCase()))) continue;
      }
      const target = r.target;
      // An element whose editability changed is rescanned even if it is now skipped: its marks must go.
      if (insideSkipped(r.type === 'attributes' ? (target.parentNode ?? target) : target, this.root)) continue;
      this.dirty.add(target.nodeType === Node.TEXT_NODE || isInline(target) ? blockOf(target, this.root) : target);
    }
    if (!this.dirty.size) return;
    this.win.clearTimeout(this.rescanTimer);
    // Debounced, but never postponed past RESCAN_MAX_WAIT_MS: a page that changes without pause (a live blog's
    // clock ticking every 80 ms, found by the corpus) would otherwise never get its new text marked.
    const now = performance.now();
    this.dirtySince ||= now;
    this.rescanTimer = this.win.setTimeout(
      () => void this.rescanDirty(),
      Math.max(0, Math.min(RESCAN_DEBOUNCE_MS, this.dirtySince + RESCAN_MAX_WAIT_MS - now)),
    );
  }

  /** Rescans the blocks whose text changed since the last rescan; text that left the page loses its marks. */
  private rescanDirty(): Promise<void> {
    return this.enqueue(async () => {
      const blocks = [...this.dirty].filter((b) => b.isConnected);
      this.dirty.clear();
      this.dirtySince = 0;
      // A block inside another dirty block is rescanned with it.
      const outer = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
      const untrackEmpty = (blocks: Node[]) => {
        for (const block of blocks) if (!this.store.hasBlock(block)) this.highlighter.untrack(block);
      };
      untrackEmpty(this.store.prune());
      // Web components added since the first scan bring shadow roots of their own (a single-page app rendering
      // one, found by the corpus's components page): scan and watch those. Roots already watched keep their marks
      // (removeWithin does not reach into them) and report their own changes.
      const shadows: ShadowRoot[] = [];
      const onShadowRoot = (s: ShadowRoot) => {
        if (!this.observedRoots.has(s)) shadows.push(s);
      };
      for (const block of outer) {
        untrackEmpty(this.store.removeWithin(block));
        await this.scanRuns(new RunReader(block, { onShadowRoot }), () => false);
      }
      for (let i = 0; i < shadows.length; i++) {
        if (this.observedRoots.has(shadows[i])) continue;
        this.watch(shadows[i]);
        styleShadowRoot(shadows[i], highlightCss);
        await this.scanRuns(new RunReader(shadows[i], { onShadowRoot }), () => false);
      }
      this.highlighter.schedule();
    });
  }

  /**
   * Marks a subtree just added, at once instead of after the quiet moment changes wait for: the PDF reader adds each
   * page's text layer as the page renders, and its marks should be painted with it. The changes its addition caused
   * are taken off the waiting list. Resolves when the marks are registered.
   */
  scanAdded(subtree: Node): Promise<void> {
    this.onMutations(this.observer.takeRecords());
    for (const node of this.dirty) if (subtree.contains(node) || node.contains(subtree)) this.dirty.delete(node);
    if (!this.dirty.size) {
      this.win.clearTimeout(this.rescanTimer);
      this.dirtySince = 0;
    }
    return this.enqueue(async () => {
      if (!subtree.isConnected) return;
      await this.scanRuns(new RunReader(subtree), () => true);
      this.highlighter.flush();
    });
  }

  /** Runs scans one after another, never two at once over the same marks. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(job, job);
    return this.queue;
  }

  stop(): void {
    this.stopped = true;
    this.win.clearTimeout(this.rescanTimer);
    this.observer.disconnect();
    this.highlighter.destroy();
  }
}
