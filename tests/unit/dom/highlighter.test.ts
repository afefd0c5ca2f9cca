// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter, highlightsSupported } from '../../../entrypoints/content/highlighter';
import { MarkStore } from '../../../entrypoints/content/marks';
import type { PageGlossary } from '../../../entrypoints/content/page-glossary';
import { PauseSwitch } from '../../../entrypoints/content/pause';
import { RunReader } from '../../../entrypoints/content/reading';
import { MatchList } from '../../../matching/match-list';
import { MAX_REGISTERED_RANGES, SCROLL_SETTLE_MS } from '../../../platform/constants';

/**
 * happy-dom has no CSS Custom Highlight API (no `Highlight`, no `CSS.highlights`) and its IntersectionObserver never
 * calls back, so the tests put small stand-ins in their place: a Highlight that keeps its ranges, a registry that is
 * a Map, and an observer whose callback the test calls as the browser would when a block comes near or goes.
 */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  disconnected = false;
  constructor(
    readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element): void {
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** What the browser does when blocks cross the margin. */
  report(target: Element, isIntersecting: boolean): void {
    this.callback([{ target, isIntersecting }]);
  }
}

/** A window whose one pending timer the test runs by hand. */
function fakeWindow(): { win: Window; run(): void; delay(): number | undefined } {
  let pending: { fn: () => void; ms: number } | undefined;
  const win = {
    setTimeout: (fn: () => void, ms: number) => ((pending = { fn, ms }), 1),
    clearTimeout: () => (pending = undefined),
  } as unknown as Window;
  return {
    win,
    run: () => {
      const p = pending;
      pending = undefined;
      p?.fn();
    },
    delay: () => pending?.ms,
  };
}

let registry: Map<string, FakeHighlight>;

/** The texts of the ranges registered under a name. */
function registered(name: string): string[] | undefined {
  return registry.get(name)?.ranges.map((r) => r.toString());
}

/** Entries 0 agency, 1 law, 2 policy (drawn in no style); surface 1 is ambiguous. */
const glossary = {
  typeOf: (entry: number) => ['agency', 'law', 'policy'][entry],
  highlightNames: { agency: 'cpl-agency', law: 'cpl-law', policy: undefined },
} as unknown as PageGlossary;

/** Scans the body, marking each word "A<n>" as entry n (surface n too, so A1 is ambiguous). */
function scan(html: string): MarkStore {
  document.body.innerHTML = html;
  const store = new MarkStore(document, (surface) => surface === 1);
  const reader = new RunReader(document.body);
  while (reader.next()) {
    const text = reader.texts.slice(0, reader.count).join('');
    const list = new MatchList();
    for (const m of text.matchAll(/A(\d)/g)) list.push(m.index, m.index + 2, +m[1], +m[1]);
    store.add(reader, list);
  }
  return store;
}

function setup(html: string) {
  const store = scan(html);
  const pause = new PauseSwitch();
  const timers = fakeWindow();
  const highlighter = new Highlighter(timers.win, store, glossary, pause);
  return { store, pause, timers, highlighter, observer: FakeObserver.last };
}

const $ = (selector: string): Element => document.querySelector(selector)!;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Highlighter', () => {
  it('tells whether the browser has the Custom Highlight API', () => {
    expect(highlightsSupported()).toBe(true);
    vi.unstubAllGlobals();
    // happy-dom itself has none, as older browsers.
    expect(highlightsSupported()).toBe(false);
  });

  it('registers the near blocks’ marks under their type’s highlight, and nothing for an unstyled type', () => {
    const { highlighter } = setup('<p id="a">A0 and A2 and A0</p><p id="b">A0</p>');
    highlighter.track($('#a'), true);
    highlighter.flush();
    expect(registered('cpl-agency')).toEqual(['A0', 'A0']);
    expect(registered('cpl-law')).toBeUndefined();
    expect([...registry.keys()]).toEqual(['cpl-agency']);
    expect(highlighter.registered).toBe(2);
  });

  it('leaves out an ambiguous mark the page does not confirm', () => {
    const { highlighter } = setup('<p id="a">A1</p>');
    highlighter.track($('#a'), true);
    highlighter.flush();
    expect(registry.size).toBe(0);
    // A1 counts once the page names China unambiguously (A0, even off screen).
    const both = setup('<p id="a">A1 A0</p>');
    both.highlighter.track($('#a'), true);
    both.highlighter.flush();
    expect(registered('cpl-law')).toEqual(['A1']);
  });

  it('observes blocks with a margin and registers them when they come near and scrolling settles', () => {
    const { highlighter, observer, timers } = setup('<p id="a">A0</p><p id="b">A1 A0</p>');
    expect(observer.options.rootMargin).toMatch(/^\d+% 0px$/);
    highlighter.track($('#a'));
    highlighter.track($('#b'));
    expect(observer.observed).toEqual(new Set([$('#a'), $('#b')]));
    highlighter.flush();
    expect(registry.size).toBe(0);

    observer.report($('#b'), true);
    expect(timers.delay()).toBe(SCROLL_SETTLE_MS);
    expect(registry.size).toBe(0);
    timers.run();
    expect(registered('cpl-agency')).toEqual(['A0']);
    expect(registered('cpl-law')).toEqual(['A1']);

    observer.report($('#b'), false);
    observer.report($('#a'), true);
    timers.run();
    expect(registered('cpl-agency')).toEqual(['A0']);
    expect(registry.get('cpl-agency')!.ranges[0].startContainer.parentNode).toBe($('#a'));
    expect(registered('cpl-law')).toBeUndefined();
  });

  it('stops watching a block that lost its marks', () => {
    const { highlighter, observer } = setup('<p id="a">A0</p>');
    highlighter.track($('#a'), true);
    highlighter.untrack($('#a'));
    expect(observer.observed.size).toBe(0);
    highlighter.flush();
    expect(registry.size).toBe(0);
  });

  it('treats a block with no box (a document or shadow root) as near', () => {
    const { highlighter, store, observer } = setup('<p>x</p>');
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    shadow.innerHTML = 'A0 in a shadow root';
    const reader = new RunReader(shadow);
    reader.next();
    const list = new MatchList();
    list.push(0, 2, 0, 0);
    store.add(reader, list);
    highlighter.track(shadow);
    expect(observer.observed.size).toBe(0);
    highlighter.flush();
    expect(registered('cpl-agency')).toEqual(['A0']);
  });

  it('takes every mark off while paused and puts them back after', () => {
    const { highlighter, pause } = setup('<p id="a">A0 A1</p>');
    highlighter.track($('#a'), true);
    highlighter.flush();
    expect(registry.size).toBe(2);
    pause.toggle();
    expect(registry.size).toBe(0);
    expect(highlighter.registered).toBe(0);
    highlighter.flush();
    expect(registry.size).toBe(0);
    pause.toggle();
    expect(registered('cpl-agency')).toEqual(['A0']);
    expect(registered('cpl-law')).toEqual(['A1']);
  });

  it('registers at most MAX_REGISTERED_RANGES ranges and counts the rest', () => {
    const { highlighter } = setup(`<p id="a">${'A0 '.repeat(MAX_REGISTERED_RANGES + 3)}</p>`);
    highlighter.track($('#a'), true);
    highlighter.flush();
    expect(registry.get('cpl-agency')!.ranges).toHaveLength(MAX_REGISTERED_RANGES);
    expect(highlighter.registered).toBe(MAX_REGISTERED_RANGES);
    expect(highlighter.capped).toBe(3);
  });

  it('unregisters everything and stops observing when destroyed', () => {
    const { highlighter, observer, timers } = setup('<p id="a">A0</p>');
    highlighter.track($('#a'), true);
    highlighter.flush();
    highlighter.schedule();
    highlighter.destroy();
    expect(registry.size).toBe(0);
    expect(observer.disconnected).toBe(true);
    expect(timers.delay()).toBeUndefined();
  });
});
