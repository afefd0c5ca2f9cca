/**
 * Which HTML elements hold text we read, and which let a term run through them. Shared by the content script's
 * DOM walker and the command-line scanner's HTML reader, so both see the same runs of text.
 */

/** Elements whose text is never scanned: code, form fields, ruby annotations, media, our own UI. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
  'RT',
  'RP',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'HEAD',
  'CPL-UI',
]);

/**
 * Elements that flow inline with their neighbours' text: a match may run through them ("Cyberspace <em>Administration</em>
 * of China"). Anything else (a block, a <br>, an image) ends the run of text.
 *
 * Not <sup> and <sub>: in reports they hold footnote markers glued to a name ("the Cybersecurity Law<sup>1</sup>"),
 * which read inline made "Law1", no word end, so the name went unmarked (found by the hostile-page corpus).
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);
