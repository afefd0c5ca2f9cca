import { describe, expect, it } from 'vitest';
import { TARGETS, evaluate } from '../../eval/authored';

// `npm run eval` prints the figures; this keeps them from sliding below the targets unnoticed.
describe('precision and recall on the annotated texts', () => {
  const result = evaluate();

  it('covers at least eight texts, including traps and Chinese in both scripts', () => {
    expect(result.perFile.length).toBeGreaterThanOrEqual(8);
    expect(result.perFile.map((f) => f.file)).toEqual(
      expect.arrayContaining(['en-traps.txt', 'zh-cn-legal.txt', 'zh-tw-article.txt', 'zh-hk-article.txt']),
    );
  });

  it('meets the targets overall', () => {
    expect(result.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(result.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });

  it('marks nothing in the text of look-alikes with no China context', () => {
    expect(result.perFile.find((f) => f.file === 'en-traps.txt')?.found).toBe(0);
  });
});
