/**
 * Titles are titles: inside 《》 a law's name names the law only as the whole title (《网络安全法》), or the whole
 * title with a prefix or suffix that still names it (中华人民共和国 or the issuers, 释义, 草案, （2018年修正）). A longer title that
 * contains it (《网络安全法实施条例》, 《关于修改〈网络安全法〉的决定》) is another document, and so is a title that
 * is a term followed by a document word (《数据出境安全评估办法》 is the measures, not the assessment). Pure.
 */

// 《》, and 〈〉 for a title inside a title (《关于修改〈网络安全法〉的决定》 cites the law whole).
const OPENS = [0x300a, 0x3008];
const CLOSES = [0x300b, 0x3009];
/**
 * How far a title's brackets are looked for: longer titles are rare, and this bounds the cost per match. A line
 * break or any other control character ends the search: a title is on one line.
 */
const REACH = 80;

/** What may stand before a law's or document's name in its title: the state's name, or its issuers (中共中央 国务院). */
const LAW_PREFIX =
  /^(?:中华人民共和国|中華人民共和國)?$|^(?:\p{Script=Han}{1,16}?(?:中央|国务院|國務院|办公厅|辦公廳|部|委员会|委員會|委|局|署|院|办|辦)[\s\u3000、]*)+$/u;
const LAW_SUFFIX =
  /^(?:释义|釋義|草案|修正案|修正草案|修订草案|修訂草案|修正案草案|(?:草案)?(?:征求意见稿|徵求意見稿))?(?:[（(][^（()）]{1,20}[)）])?$/;
/** The rest of a title that makes it a document about the term before it: 办法, 实施细则, 管理规定, 指南. */
const DOCUMENT_REST =
  /^.{0,6}(?:法|条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|意见|意見|通知|指南|标准|標準|措施|方案|规划|規劃|纲要|綱要|白皮书|白皮書)$/;
/** First characters of those document words: only a term followed by one of them needs its title looked for. */
const DOCUMENT_START = new Set(
  [...'法条條办辦规規细細决決意通指标標措方纲綱白实實管暂暫试試'].map((c) => c.charCodeAt(0)),
);

/** Whether a Chinese match before the code unit `next` needs `titleFits` asked (a law's title always does). */
export function mayBeInTitle(next: number, law: boolean): boolean {
  return law || DOCUMENT_START.has(next);
}

/**
 * Whether a Chinese match at [start, end) stands as it may with respect to a 《》 title around it; `at` gives the
 * code unit at a position (-1 outside the text); `law` says the match is a law's title.
 */
export function titleFits(at: (pos: number) => number, start: number, end: number, law: boolean): boolean {
  if (!mayBeInTitle(at(end), law)) return true;
  let open = -1;
  let kind = -1;
  for (let i = start - 1; i >= start - REACH && open < 0; i--) {
    const u = at(i);
    if (CLOSES.includes(u) || u < 0x20) return true;
    kind = OPENS.indexOf(u);
    if (kind >= 0) open = i;
  }
  if (open < 0) return true;
  let close = -1;
  for (let i = end; i < end + REACH && close < 0; i++) {
    const u = at(i);
    if (u === CLOSES[kind]) close = i;
    else if (OPENS.includes(u) || CLOSES.includes(u) || u < 0x20) return true;
  }
  if (close < 0) return true;
  // Combining marks, which folding skips, are no part of what follows the name (规定̀》 is 规定》).
  const rest = slice(at, end, close).replace(/\p{M}/gu, '').trim();
  if (!law) return !DOCUMENT_REST.test(rest);
  return LAW_PREFIX.test(slice(at, open + 1, start).trim()) && LAW_SUFFIX.test(rest);
}

function slice(at: (pos: number) => number, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(at(i));
  return s;
}

/**
 * Where the 《 of the title that closes at `close` (a 》) is, or -1 when there is none on its line within reach: a
 * 》 without its 《 closes nothing we can mark. Titles inside it use 〈〉, so only 《 and 》 are looked at.
 */
export function titleOpenBefore(at: (pos: number) => number, close: number): number {
  for (let i = close - 1; i >= close - REACH; i--) {
    const u = at(i);
    if (u === OPENS[0]) return i;
    if (u === CLOSES[0] || u < 0x20) return -1;
  }
  return -1;
}

/**
 * Whether the title in [start, end) reads as an official document's, for the kinds whose word also ends other titles
 * (报告, 计划, 方案): it names an issuer or a level of government, a year, a five-year plan, or says what policy
 * documents say (关于, 行动, 实施, 推进...): 《2024年国务院工作计划》, 《交通物流降本提质增效行动计划》, not 《流浪地球计划》.
 */
export function officialTitle(at: (pos: number) => number, start: number, end: number): boolean {
  return OFFICIAL_HINT.test(slice(at, start, end));
}

const OFFICIAL_HINT =
  /关于|關於|国|國|省|市|县|縣|中央|中共|部|委|局|署|办公厅|辦公廳|年|政府|人民|全民|行动|行動|实施|實施|建设|建設|发展|發展|工作|促进|促進|推进|推進|推动|推動|加强|加強|加快|提升|深化|优化|優化|专项|專項|若干|十[一二三四五六]五/;
