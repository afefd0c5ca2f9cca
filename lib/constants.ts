/**
 * Every timing and limit in one place, each with its reason (after Wikipedia Page Previews' constants.js).
 */

/**
 * How long the pointer must rest on a term before its card opens. Long enough that a pointer passing over
 * a paragraph does not flash cards, short enough to feel like a response to resting on the word; Page Previews
 * settled on a similar figure (its "FETCH_START_DELAY" plus render) after user research.
 */
export const CARD_DWELL_MS = 300;

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
