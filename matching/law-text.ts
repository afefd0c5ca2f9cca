/**
 * Whether a paragraph is a law's own text, where some everyday words are terms of art: 重伤 is the Criminal Law's
 * defined serious injury in an article, and "seriously injured" in a news report. A name an entry lists in
 * `markedInLaw` is marked only in such a paragraph (the matcher asks, only when one is met). The cues are in
 * simplified characters only: a Taiwan or Hong Kong statute (第十條, 本條例) uses the same words in other senses.
 */

/**
 * An article number (第二十三条) where a law's text or a citation of one puts it: at the paragraph's start, after a
 * space, a title's closing 》 or the last character of a law's or rule's name (刑法第二百三十四条); or a law's words
 * for itself (本条例, 本规定, 本办法…). Not 我国第一条高铁: there 第一条 counts.
 */
const LAW_CUE = /(?:^|[\s》法例定则释])第[〇零一二三四五六七八九十百千\d０-９]+条|本(?:条例|规定|办法|细则|解释|决定)/;

export function isLawText(paragraph: string): boolean {
  return LAW_CUE.test(paragraph);
}
