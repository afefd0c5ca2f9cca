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

/**
 * How long the first card's rehearsal may wait for an idle moment once a page is marked: code run for the first time
 * made the first card several times slower than later ones (docs/performance.md). A page busy for longer gets it anyway.
 */
export const CARD_WARM_IDLE_TIMEOUT_MS = 2000;

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
 * The longest a change waits for the page to go quiet: some pages never do (a live blog's ticking clock, a stock
 * ticker), and their new text must still be marked. A second is long enough to gather a burst into one rescan.
 */
export const RESCAN_MAX_WAIT_MS = 1000;

/**
 * How far beyond the viewport marks are registered, as a fraction of its height. The browser repaints every
 * registered range whenever a highlight changes (docs/performance.md), so only text near
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

/** Recently viewed entries the popup offers when the search box is empty: a short list fits without scrolling. */
export const RECENT_ENTRIES_MAX = 8;

/*
 * The user's own terms (user-terms/). Each limit keeps a hostile or mistaken file from storing megabyte strings
 * while leaving room for every real term we know of.
 */

/** Longest name (English, Chinese, acronym, pinyin): the longest bundled name, a law's full title, is 207. */
export const USER_TERM_NAME_MAX = 300;

/** The gloss is one line on the card, as in the bundled glossary. */
export const USER_TERM_GLOSS_MAX = 200;

/** Definition and notes: several paragraphs (the longest bundled definition is under 800 characters). */
export const USER_TERM_TEXT_MAX = 5000;

/** Other names per list (enAlt, acronyms, zhAlt): the bundled entries have at most 8. */
export const USER_TERM_LIST_MAX = 50;

/** An id is a slug of the English name: long enough for any title, short enough to read in a list. */
export const USER_TERM_ID_MAX = 100;

/**
 * The most terms kept. A large termbase has a few thousand; at 10,000 the local storage list is a few MB and the
 * content script's automaton for them builds in tens of milliseconds.
 */
export const USER_TERMS_MAX = 10_000;

/**
 * The largest file the import reads: 10,000 terms with definitions fit, and so does our own full TBX export (12 MB at
 * 4,100 entries), which a translator may import back, with room for the glossary to grow.
 */
export const USER_IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/** XML nesting deeper than any TBX needs (about 8 levels) is refused rather than walked. */
export const USER_IMPORT_XML_MAX_DEPTH = 64;

/**
 * The popup's search runs fuzzy name matching (fuse.js, the costly step) only when exact, prefix and word-start
 * matches found fewer entries than this: a reader who typed a name correctly sees it at once, and one who made a
 * typo, which finds little else, still gets fuzzy hits. A screenful of results.
 */
export const SEARCH_FUZZY_BELOW = 8;

/**
 * How long typing must pause before the popup adds the fuzzy hits: fuzzy matching over the whole glossary takes
 * 60-180 ms, more than a frame, so it runs once rather than on every keystroke. Typists leave 150-250 ms between
 * keys at a steady pace; 200 ms is past most of those gaps and still reads as an immediate answer to a pause.
 */
export const SEARCH_FUZZY_DELAY_MS = 200;

/**
 * The longest text the matcher is given in one call. Matching cannot pause inside a call, so one run of text longer
 * than this (a paragraph of megabytes, as generated pages and log viewers have) is cut into pieces first
 * (text/long-runs.ts), at a line break, a Chinese sentence end or a space near the limit. Matching 100,000 characters
 * dense with terms takes about 3.5 ms in Node on the 2-core machine of the benchmarks (35 ns a character), under half
 * of SCAN_SLICE_MS, leaving the rest of a slice for creating the marks. A term that straddles a cut is not found; cuts
 * happen only in runs far longer than any paragraph people write. The content script cuts between text nodes
 * (entrypoints/content/text-runs.ts), `npm run scan` at a line break or sentence end within the run's text.
 */
export const MATCH_RUN_MAX_CHARS = 100_000;

/**
 * The largest file `npm run scan` reads. The whole file is read into memory, an HTML file parsed into a tree: a 33 MB
 * HTML file took 1.1 GB of memory and 9 s, a 35 MB text file dense with terms 1.9 GB (1.2 million matches), close to
 * Node's default heap limit. The reports, laws and saved pages the scanner is for are a few MB at most; a larger file
 * is refused with its size, to be split.
 */
export const SCAN_MAX_BYTES = 16 * 1024 * 1024;

/**
 * How much text a sub-frame needs before the marking engine is loaded into it: non-space characters, a Han or kana
 * character counting 2 (it carries about a word's worth). Ads, buttons and trackers stay below it and never load the
 * engine; the shortest frame of real prose in the test corpus (one Chinese sentence, 18 characters) passes.
 */
export const FRAME_TEXT_MIN = 30;

/** After a change in a sub-frame still below FRAME_TEXT_MIN, how long to wait before counting its text again. */
export const FRAME_TEXT_RECHECK_MS = 250;

/** At most this many text nodes are counted in a sub-frame: a frame with more has text to speak of. */
export const FRAME_TEXT_MAX_NODES = 2000;
