/**
 * Names inside a web address are not marked: in tv.cctv.com, xinhuanet.com or a slug such as
 * ".../chinas-ministry-of-state-security-for-..." a mark tells the reader nothing and reads as noise. Pure.
 */

/** How far back the start of an address is looked for: far enough for a long path, bounded per match. */
const REACH = 200;

/** Units that can come right before a name inside an address ('.', '/', '-', '_', '=', '%', '?', '&', '#', digits). */
function inAddressBefore(u: number): boolean {
  return (
    (u >= 0x30 && u <= 0x39) ||
    u === 0x2e ||
    u === 0x2f ||
    u === 0x2d ||
    u === 0x5f ||
    u === 0x3d ||
    u === 0x25 ||
    u === 0x3f ||
    u === 0x26 ||
    u === 0x23
  );
}

/** Whether the match starting at `start` lies in a web address ("://" or "www." earlier in the same token). */
export function inUrl(at: (pos: number) => number, start: number): boolean {
  if (!inAddressBefore(at(start - 1))) return false;
  for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
    const u = at(i);
    // The token ends at white space, brackets and quotes around a link.
    if (u <= 0x20 || u === 0x28 || u === 0x5b || u === 0x3c || u === 0x22 || u === 0x27 || u === 0x3000 || u < 0)
      return false;
    if (u === 0x2f && at(i - 1) === 0x2f && at(i - 2) === 0x3a) return true; // "://"
    if (u === 0x2e && at(i - 1) === 0x77 && at(i - 2) === 0x77 && at(i - 3) === 0x77) return true; // "www."
  }
  return false;
}
