/**
 * Pages for the cost-per-frame rows of `npm run bench` (scripts/bench/frames.ts): a news-like top page of 20
 * paragraphs with `n` same-site frames, either ad-like (a few words, an image box, a button) or of text with terms,
 * and synthetic user terms for the glossary-at-scale rows. Deterministic, so that runs compare.
 */
import type { UserTerm } from '../../user-terms/schema';

const PROSE = [
  'The Cyberspace Administration of China published draft rules on data exports, and analysts said the review would touch platform firms.',
  '国家互联网信息办公室发布《数据安全法》配套规定，要求平台企业加强数据管理。',
  'Under the Personal Information Protection Law, companies must assess cross-border transfers before they begin.',
  'Local officials said the Ministry of Commerce would publish the export control list after the review.',
  '网信办表示，将依据《网络安全法》和《个人信息保护法》推进平台治理。',
];

const paragraphs = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => `<p>${PROSE[(i + offset) % PROSE.length]}</p>`).join('\n');

export function framedPage(frames: number, kind: 'ad' | 'text'): string {
  const items = Array.from({ length: frames }, (_, i) => {
    const size = kind === 'ad' ? 'width="300" height="60"' : 'width="600" height="200"';
    return `${i % 2 ? '' : paragraphs(2, i)}<iframe src="${kind}.html?${i}" ${size}></iframe>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frames</title></head><body>
${paragraphs(Math.max(0, 20 - Math.ceil(frames / 2) * 2))}
${items.join('\n')}
</body></html>`;
}

/** An ad-like frame: an image box, a couple of words and a button, and a script that sets them (as ad tags do). */
export function adFrame(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ad</title>
<style>body{margin:0;font:12px sans-serif} .img{width:120px;height:50px;background:#ccd;float:left}</style></head>
<body><div class="img"></div><span id="w">Sponsored</span> <button>Learn more</button>
<script>document.getElementById('w').title = 'ad ' + location.search;</script></body></html>`;
}

export function textFrame(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>text</title></head>
<body>${paragraphs(6)}</body></html>`;
}

const HAN = '政策管理规定国家地方部门数据平台用户信息工作报告要求加强推进发展经济企业市场委员会办公室总局条例办法';

/** `n` user terms with distinct English and Chinese names, as an imported termbase would hold. */
export function syntheticUserTerms(n: number): UserTerm[] {
  let x = 7;
  const rand = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, (_, i) => {
    let zh = '';
    for (let k = 0; k < 5 + (i % 4); k++) zh += HAN[Math.floor(rand() * HAN.length)];
    return {
      id: `user-synthetic-${i}`,
      type: 'policy',
      en: `Synthetic Programme ${i.toString(36)} for Examples`,
      zh: `${zh}${i.toString(36)}`.replace(/[0-9a-z]/g, (c) => HAN[parseInt(c, 36) % HAN.length]),
      status: 'active',
      gloss: '',
    } as UserTerm;
  });
}
