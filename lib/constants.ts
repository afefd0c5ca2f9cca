/**
 * Every timing and limit in one place, each with its reason (after Wikipedia Page Previews' constants.js).
 */

/**
 * The default time the pointer must rest on a term before its card opens (the reader can change it in options).
 * Long enough that a pointer passing over a paragraph does not flash cards, short enough to feel like a response
 * to resting on the word; Wikipedia's Page Previews waits a similar time before showing a preview.
 */
export const CARD_DWELL_MS = 300;

/** The dwell the options page allows: 0 (cards at once) to 2 s (cards only for a deliberate rest). */
export const CARD_DWELL_RANGE_MS = [0, 2000] as const;

/**
 * How long a card stays after the pointer leaves its term: the time to travel across the gap into the card
 * to click a link or copy a name. Shorter made the card vanish under a diagonal move in trials.
 */
export const CARD_HIDE_GRACE_MS = 300;

/** Gap between the term's line box and the card, in CSS pixels: close enough to read as attached to it. */
export const CARD_OFFSET_PX = 6;

/** The card keeps this far from the viewport's edges when it is flipped or shifted to stay in view. */
export const CARD_VIEWPORT_PADDING_PX = 8;

/**
 * How far outside a term's rectangles the pointer may be and still count as on it: caret hit-testing snaps
 * to the nearest character, so the rectangles decide, with a pixel of tolerance for sub-pixel text layout.
 */
export const HIT_TOLERANCE_PX = 1;

/** The most results the popup lists for one query: more is a scroll nobody makes; refine the query instead. */
export const SEARCH_MAX_RESULTS = 30;

/**
 * A slice of scanning work before yielding to the page: well under the 50 ms that counts as a long task, so that
 * input and the page's own scripts run between slices (measured on a 2-core machine: 8 ms slices cost no total time).
 */
export const SCAN_SLICE_MS = 8;

/**
 * How much text is scanned between looks at the clock (code units, or runs when they are short): performance.now()
 * costs ~0.2 µs in Chromium and most runs take a few µs (on generated pages half are only white space), while 4,096
 * units are ~50 µs of matching, a small overrun of a slice.
 */
export const CLOCK_EVERY_UNITS = 4096;
export const CLOCK_EVERY_RUNS = 16;

/**
 * How long a changing page must be quiet before its changed text is rescanned: a live blog or a feed appends in
 * bursts, and one rescan after the burst costs less than one per mutation record.
 */
export const RESCAN_DEBOUNCE_MS = 150;

/**
 * How far beyond the viewport marks are registered, as a fraction of its height. The browser repaints every
 * registered range whenever a highlight changes (about 115 ms for 7,500 ranges, shared/notes), so only text near
 * the viewport is registered; one screen above and below covers a fling of scrolling before the swap catches up.
 */
export const REGISTER_MARGIN_SCREENS = 1;

/**
 * The most ranges registered at once, whatever the margin: about 40 ms of repaint on the machines we measured,
 * which keeps the frame after a swap under the 50 ms long-task line. Hover still works beyond it.
 */
export const MAX_REGISTERED_RANGES = 2000;

/** Wait for scrolling to settle before swapping the registered ranges: swapping mid-fling would stutter. */
export const SCROLL_SETTLE_MS = 100;

/** How long the term the keyboard moved to stays lit: long enough to find it on the page, then out of the way. */
export const FOCUS_FLASH_MS = 1200;
