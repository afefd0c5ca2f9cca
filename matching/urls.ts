/**
 * Names inside a web or mail address are not marked: in tv.cctv.com, xinhuanet.com, cnews@rthk.hk or a slug such as
 * ".../chinas-ministry-of-state-security-for-..." a mark tells the reader nothing and reads as noise. Pure.
 */

/** How far back the start of an address is looked for: far enough for a long path, bounded per match. */
const REACH = 200;

/** Units that can come right before a name inside an address ('.', '/', '-', '_', '=', '%', '?', '&', '#', digits). */
const ADDRESS_BEFORE = new Uint8Array(0x80);
for (const c of './-_=%?&#0123456789') ADDRESS_BEFORE[c.charCodeAt(0)] = 1;

/**
 * Whether the match at [start, end) is part of an address: after "@" (a mail address or a handle), followed by a
 * domain's next label in lower case ("rthk.hk", "cac.gov.cn"; a sentence's full stop has a space or a capital after
 * it), or inside a web address (`inUrl`).
 */
export function inAddress(at: (pos: number) => number, start: number, end: number): boolean {
  const before = at(start - 1);
  if (before === 0x40 /* @ */) return true;
  if (at(end) === 0x2e && lowerLabelAt(at, end + 1)) return true;
  return mayBeInUrl(before) && inUrl(at, start);
}

/** Whether two or more lower-case ASCII letters or digits start at `pos` and end a label ('.', '/', or no letter). */
function lowerLabelAt(at: (pos: number) => number, pos: number): boolean {
  let i = pos;
  const label = (u: number) => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || u === 0x2d;
  while (label(at(i))) i++;
  const next = at(i);
  return i - pos >= 2 && !((next >= 0x41 && next <= 0x5a) || next > 0x7f);
}

/** Whether a match after the code unit `u` may lie in an address (most do not: then `inUrl` need not be asked). */
function mayBeInUrl(u: number): boolean {
  return u >= 0 && u < 0x80 && ADDRESS_BEFORE[u] === 1;
}

/**
 * Whether the match starting at `start`, after a unit `mayBeInUrl` lets through, lies in a web address ("://", "www."
 * or a percent-encoded slash earlier in the same token: search engines and image proxies pass whole addresses
 * encoded, as in "u=https%253A%252F%252F...").
 */
function inUrl(at: (pos: number) => number, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
    const u = at(i);
    // The token ends at white space, brackets and quotes around a link.
    if (u <= 0x20 || u === 0x28 || u === 0x5b || u === 0x3c || u === 0x22 || u === 0x27 || u === 0x3000 || u < 0)
      return false;
    if (u === 0x2f && at(i - 1) === 0x2f && at(i - 2) === 0x3a) return true; // "://"
    if (u === 0x2e && at(i - 1) === 0x77 && at(i - 2) === 0x77 && at(i - 3) === 0x77) return true; // "www."
    if (u === 0x25 && encodedSlash(at, i)) return true;
  }
  return false;
}

/** Whether "%2F" or its double encoding "%252F" starts at `i` (a "%" was seen there). */
function encodedSlash(at: (pos: number) => number, i: number): boolean {
  const slash = (k: number) => at(k) === 0x32 && (at(k + 1) | 0x20) === 0x66; // "2f" or "2F"
  return slash(i + 1) || (at(i + 1) === 0x32 && at(i + 2) === 0x35 && slash(i + 3)); // "%2F" or "%252F"
}
