/**
 * Generated test pages for `npm run bench`: mixed English and Chinese text in thousands of paragraphs with inline
 * tags, glossary terms at about the density of the seed texts, deterministic (seeded) so that runs compare.
 */
export function makePage(
  targetBytes: number,
  terms: { en: string[]; zh: string[] },
  seed = 1,
  withTerms = true,
): string {
  let x = seed;
  const rand = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const words =
    'the of policy report regulators market data rules platform firms review government analysts said would under new national network security after years local officials companies content online users growth export agency draft law'.split(
      ' ',
    );
  const han =
    '的 是 在 了 和 有 发展 经济 企业 市场 管理 规定 国家 地方 部门 数据 平台 用户 信息 工作 报告 政策 要求 加强 推进'.split(
      ' ',
    );
  const inline = ['em', 'strong', 'a', 'span', 'i', 'b'];
  const sentence = (): string => {
    const chinese = rand() < 0.35;
    const parts: string[] = [];
    const n = 8 + Math.floor(rand() * 14);
    for (let i = 0; i < n; i++) {
      let w = chinese ? pick(han) : pick(words);
      if (withTerms && rand() < 0.06) w = chinese ? pick(terms.zh) : pick(terms.en);
      if (rand() < 0.08) {
        const tag = pick(inline);
        w = `<${tag}${tag === 'a' ? ' href="#"' : ''}>${w}</${tag}>`;
      }
      parts.push(w);
    }
    return chinese ? `${parts.join('')}。` : `${parts.join(' ')}. `;
  };
  const out: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>',
  ];
  let size = out[0].length;
  let p = 0;
  while (size < targetBytes) {
    const tag = p % 12 === 0 ? 'h2' : p % 7 === 0 ? 'li' : 'p';
    const body = Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join('');
    const html = tag === 'li' ? `<ul><li>${body}</li></ul>` : `<${tag}>${body}</${tag}>`;
    out.push(html);
    size += Buffer.byteLength(html);
    p++;
  }
  out.push('</body></html>');
  return out.join('\n');
}
