/**
 * Candidate terms for the coverage report (`npm run coverage`), found by patterns that know nothing of the glossary:
 * titles in 《》 and 〈〉, national bodies by their prefixes and suffixes, English names of bodies and laws next to a
 * China cue, and the formulations listed in eval/coverage-formulations.txt. A candidate is a span of the text given;
 * its key groups mentions of one name (traditional folded to simplified, 中华人民共和国 dropped, English lower-cased).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

export const CANDIDATE_CATEGORIES = ['law', 'agency', 'formulation'] as const;
export type CandidateCategory = (typeof CANDIDATE_CATEGORIES)[number];

export interface Candidate {
  start: number;
  end: number;
  category: CandidateCategory;
  key: string;
}

const FORMULATIONS_FILE = join(process.cwd(), 'eval', 'coverage-formulations.txt');

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * The text with traditional characters folded to simplified, offset for offset: the patterns are written once, in
 * simplified. A paragraph whose conversion changes its length (a phrase rule) is left as it was.
 */
export function foldToSimplified(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const folded = toSimplified(line);
      return folded.length === line.length ? folded : line;
    })
    .join('\n');
}

// ---- Chinese titles --------------------------------------------------------------------------------------------

/** What a title of a law, regulation or policy document ends with (before a parenthesised note such as （试行）). */
const DOCUMENT_ENDING =
  /(?:法|法典|宪法|条例|规定|办法|细则|规则|决定|决议|意见|通知|通告|公告|规划|纲要|计划|方案|报告|章程|准则|公报|白皮书|解释|纪要|批复|指引|指南|标准|清单|目录|协定|条约|公约|宣言|声明|议定书|战略|建议|修正案|草案|释义|实施条例|措施|制度|守则|规范|要点|说明)$/;
/** A title that is only a kind of document (《条例》, 《实施办法》): a short reference back to one named in full. */
const GENERIC_TITLE =
  /^(?:法|条例|规定|办法|细则|规则|决定|决议|意见|通知|通告|公告|规划|纲要|计划|方案|报告|章程|准则|公报|解释|纪要|批复|指引|指南|标准|清单|目录|协定|条约|公约|宣言|声明|议定书|战略|建议|修正案|草案|释义|措施|制度|守则|规范|要点|说明|实施条例|实施办法|实施细则|行动方案|工作方案|总体方案)$/;
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/;
const PRC = '中华人民共和国';

/** 《…》 titles that name a document, and the 〈…〉 titles inside them. */
function findTitles(folded: string, out: Candidate[]): void {
  for (const m of folded.matchAll(/《([^《》\n]{2,80})》/g)) {
    const innerStart = m.index + 1;
    addTitle(folded, innerStart, innerStart + m[1].length, out);
    for (const inner of m[1].matchAll(/〈([^〈〉]{2,60})〉/g)) {
      const from = innerStart + inner.index + 1;
      addTitle(folded, from, from + inner[1].length, out);
    }
  }
}

function addTitle(folded: string, start: number, end: number, out: Candidate[]): void {
  const raw = folded.slice(start, end);
  let title = raw.trim();
  while (TRAILING_NOTE.test(title)) title = title.replace(TRAILING_NOTE, '').trim();
  // A bare 《条例》 or 《决定》 refers back to a title the text gave in full: it names nothing by itself.
  if (!DOCUMENT_ENDING.test(title) || GENERIC_TITLE.test(title)) return;
  // The span is the title as written, 中华人民共和国 included, without a note such as （试行）; the key drops both.
  const from = start + raw.indexOf(title);
  const key = (title.startsWith(PRC) && title.length > PRC.length + 1 ? title.slice(PRC.length) : title).replace(
    /\s+/g,
    '',
  );
  out.push({ start: from, end: from + title.length, category: 'law', key });
}

// ---- Chinese national bodies -----------------------------------------------------------------------------------

/** A character a body's name can hold: Han, minus the function words that end a name and start a sentence. */
const NAME = '[^\\P{Script=Han}的了在是对将为与及或等把被向从由于就也都还已要说称但并而之其这那们个各本同可到去来]';
/** A body's last word; 部门, 部署, 局面 and the like are not one. */
const BODY_SUFFIX = '(?:委员会|办公厅|办公室|领导小组|总局|总署|局(?![面势长])|部(?![门分署队位件长委])|署)';
/** Words a name never holds: a span with one of them ran from a body past a verb or a title into the next. */
const NOT_IN_NAME =
  /会见|出席|主持|召开|印发|发布|批准|同意|决定|关于|表示|指出|强调|宣布|通过|举行|会议|总理|主席|书记|部长|局长|主任|委员长|负责人|发言人|日前|近日|联合|以及|要求|部署|成立|设立|组织|有关|相关|各级/;
/** Endings that look like a body's and are ordinary words (大局, 干部, 内部). */
const NOT_A_BODY =
  /(?:大局|全局|格局|布局|结局|当局|变局|开局|好局|新局|僵局|干部|内部|外部|全部|局部|本部|总部|支部|基层部|东部|西部|南部|北部|中部|头部|底部|顶部|签署)$/;
/** Just before a name: it is another country's body (美国国防部, 越共中央宣教部), not China's. */
const FOREIGN_OWNER =
  /(?:美国|美军|美方|美|俄罗斯|俄|日本|韩国|朝鲜|英国|法国|德国|印度|乌克兰|以色列|伊朗|欧盟|澳大利亚|加拿大|菲律宾|越南|越共|老挝|柬埔寨|巴西|南非|泰国|缅甸|巴基斯坦|新加坡|马来西亚|印尼|蒙古|土耳其|台湾|白宫)的?$/;
/** 国家 starts a body's name after a sentence's start, punctuation or a preposition, not inside a phrase (80个国家). */
const STATE_START = '(?:(?<!\\p{Script=Han})|(?<=[据经和与由向对在从同及将被为是了让请]))';
/** A name cut short at a forbidden word still names a body when it is one of these by itself. */
const BARE_BODY = /^(?:国务院|中共中央|全国人民代表大会(?:常务委员会)?|全国人大(?:常委会)?)$/;

/** The State Council's ministries, whose names have no prefix to find them by. */
const MINISTRIES = [
  '外交',
  '国防',
  '公安',
  '国家安全',
  '民政',
  '司法',
  '财政',
  '商务',
  '教育',
  '科学技术',
  '工业和信息化',
  '人力资源和社会保障',
  '自然资源',
  '生态环境',
  '住房和城乡建设',
  '交通运输',
  '水利',
  '农业农村',
  '文化和旅游',
  '应急管理',
  '退役军人事务',
];

const BODY_PATTERNS: RegExp[] = [
  new RegExp(`${STATE_START}国家${NAME}{1,12}?${BODY_SUFFIX}`, 'gu'),
  new RegExp(`国务院(?:${NAME}{0,12}?${BODY_SUFFIX})?`, 'gu'),
  new RegExp(`中共中央(?:${NAME}{0,10}?${BODY_SUFFIX})?`, 'gu'),
  new RegExp(`(?<![共党届])中央${NAME}{1,14}?(?:委员会|办公厅|办公室|领导小组|部(?![门分署队位件长委]))`, 'gu'),
  new RegExp(`(?:全国人民代表大会|全国人大)(?:常务委员会|常委会)?(?:${NAME}{1,10}?(?:委员会|办公厅))?`, 'gu'),
  /中国人民政治协商会议全国委员会|全国政协/g,
  /最高人民(?:法院|检察院)/g,
  new RegExp(`(?:中华人民共和国)?(?:${MINISTRIES.join('|')})部(?![门分署队位件长委])`, 'g'),
  /(?:中华人民共和国)?(?:海关总署|审计署|中国人民银行)/g,
];

function findBodies(folded: string, out: Candidate[]): void {
  const taken: Array<[number, number]> = [];
  for (const pattern of BODY_PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      let name = m[0];
      const bad = NOT_IN_NAME.exec(name);
      if (bad) {
        name = name.slice(0, bad.index);
        if (!BARE_BODY.test(name)) continue;
      }
      if (NOT_A_BODY.test(name)) continue;
      const start = m.index;
      if (FOREIGN_OWNER.test(folded.slice(Math.max(0, start - 6), start))) continue;
      const end = start + name.length;
      // The first pattern to claim a span keeps it: 中共中央宣传部 is not also 中央宣传部.
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const key = name.startsWith(PRC) && name.length > PRC.length + 1 ? name.slice(PRC.length) : name;
      out.push({ start, end, category: 'agency', key });
    }
  }
}

// ---- English names next to a China cue -------------------------------------------------------------------------

const CAP = "[A-Z][A-Za-z'’-]*";
const JOIN = '(?:of|and|for|on|the|in|to|with|&)';
// A run of names never swallows the next ministry's: "the Ministry of A and the Ministry of B" is two names.
const CAPS = `${CAP}(?:\\s+(?:${JOIN}\\s+)*(?!Ministry\\b)${CAP})*`;
/** Capitalised words with the small words between them, before a head noun. */
const LEAD_WORDS = `(?:${CAP}\\s+(?:${JOIN}\\s+)*){1,7}`;
const TAIL = `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAPS})?`;
const ENGLISH_PATTERNS: Array<[RegExp, CandidateCategory]> = [
  [new RegExp(`\\bMinistry\\s+of\\s+(?:the\\s+)?${CAPS}`, 'g'), 'agency'],
  [new RegExp(`\\b${LEAD_WORDS}(?:Commission|Administration|Bureau)\\b${TAIL}`, 'g'), 'agency'],
  [new RegExp(`\\b${LEAD_WORDS}(?:Law|Regulations)\\b`, 'g'), 'law'],
  [new RegExp(`\\b(?:Measures|Provisions|Regulations)\\s+(?:for|on)\\s+(?:the\\s+)?${CAPS}`, 'g'), 'law'],
];
/** Words that tell the paragraph is about China. */
const CHINA_CUE = /\b(?:China|Chinese|Beijing|PRC|CCP|CPC|Xi Jinping|Communist Party|mainland)\b/;
/** Just before a name: it is China's. */
const CHINA_OWNER = /(?:China['’]s|Chinese|Beijing['’]s|PRC|China)\s+(?:the\s+)?$/;
/** Before or inside a name: it is another country's, or an international body's. */
const FOREIGN =
  /\b(?:Taiwan|Taiwanese|US|U\.S\.|United States|America|American|Federal|Europe|European|EU|UK|British|Britain|Japan|Japanese|India|Indian|Australia|Australian|Korea|Korean|Russia|Russian|Germany|German|France|French|Canada|Canadian|Singapore|International|United Nations|UN)\b/;
const FOREIGN_BEFORE = new RegExp(`${FOREIGN.source}(?:['’]s)?\\s+(?:the\\s+)?$`);
/** Sentence openers, owners and common words a capitalised run picks up before the name proper. */
const LEADING =
  /^(?:(?:The|A|An|In|On|At|By|For|And|But|Under|From|With|Its|Their|Our|His|Her|This|That|New|While|When|As|If|China['’]s|Chinese|Beijing['’]s|PRC)\s+)+/;

function findEnglish(text: string, out: Candidate[]): void {
  for (const para of paragraphs(text)) {
    const body = text.slice(para[0], para[1]);
    const cued = CHINA_CUE.test(body);
    for (const [pattern, category] of ENGLISH_PATTERNS) {
      for (const m of body.matchAll(pattern)) {
        const lead = LEADING.exec(m[0])?.[0].length ?? 0;
        const name = m[0].slice(lead).replace(/\s+and\s+the\s+[^]*$/, '');
        if (name.split(/\s+/).length < 2) continue;
        const start = para[0] + m.index + lead;
        const before = text.slice(Math.max(para[0], start - 24), start);
        const owned = CHINA_OWNER.test(before) || /\b(?:China|Chinese|PRC)\b/.test(name);
        const foreign = FOREIGN.test(name) || FOREIGN_BEFORE.test(before);
        if (!owned && (!cued || foreign)) continue;
        const key = name.replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
        out.push({ start, end: start + name.length, category, key });
      }
    }
  }
}

/** [start, end) of each paragraph: text between blank lines, as the scanner cuts plain text. */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t\r]*\n/g)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

// ---- Formulations ----------------------------------------------------------------------------------------------

/** The formulations file: one a line, `#` starts a comment. */
export function parseFormulations(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

export function loadFormulations(file = FORMULATIONS_FILE): string[] {
  return parseFormulations(readFileSync(file, 'utf8'));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all formulations, longest first; English ones whole-word and in any case. */
export function formulationPattern(formulations: readonly string[]): RegExp {
  const alternatives = [...new Set(formulations)]
    .sort((a, b) => b.length - a.length)
    .map((f) => {
      const body = escape(f)
        .replace(/\\?['’]/g, "['’]")
        .replace(/[ -]/g, '[\\s-]+');
      return /^[A-Za-z]/.test(f) ? `\\b${body}\\b` : body;
    });
  return new RegExp(alternatives.join('|'), 'gi');
}

function findFormulations(folded: string, pattern: RegExp, out: Candidate[]): void {
  for (const m of folded.matchAll(pattern)) {
    const key = m[0]
      .replace(/[\s-]+/g, ' ')
      .replace(/’/g, "'")
      .toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, category: 'formulation', key });
  }
}

// ---- All together ----------------------------------------------------------------------------------------------

/**
 * Every candidate in `text`, in text order. Spans of one category do not overlap (the earlier-found one is kept),
 * except a title inside a title; a title holding a body's name yields both, as a reader sees both.
 */
export function findCandidates(text: string, formulations: RegExp): Candidate[] {
  const folded = foldToSimplified(text);
  const found: Candidate[] = [];
  findTitles(folded, found);
  findBodies(folded, found);
  findEnglish(text, found);
  findFormulations(folded, formulations, found);
  const kept: Candidate[] = [];
  const nested = (a: Candidate, b: Candidate) =>
    (a.start !== b.start || a.end !== b.end) &&
    ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end));
  for (const c of found) {
    // A title inside a title is both; other overlaps in one category are one name found twice.
    const clash = kept.some(
      (k) => k.category === c.category && c.start < k.end && k.start < c.end && !(c.category === 'law' && nested(c, k)),
    );
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
