import { describe, expect, it } from 'vitest';
import { parseAnnotated, score } from '../../eval/annotated';

describe('annotated texts', () => {
  it('strips markup and gives spans in the plain text', () => {
    const { text, spans } = parseAnnotated(
      'The [[CAC|cac]]’s rules and [[中华人民共和国网络安全法|cybersecurity-law]].',
    );
    expect(text).toBe('The CAC’s rules and 中华人民共和国网络安全法.');
    expect(spans).toEqual([
      { start: 4, end: 7, id: 'cac' },
      { start: 20, end: 32, id: 'cybersecurity-law' },
    ]);
    expect(text.slice(20, 32)).toBe('中华人民共和国网络安全法');
  });

  it('refuses malformed markup', () => {
    expect(() => parseAnnotated('the [[CAC|Bad Id]]')).toThrow(/malformed/);
  });

  it('scores exact span and entry only', () => {
    const s = score(
      [
        { start: 0, end: 3, id: 'a' },
        { start: 5, end: 9, id: 'b' },
      ],
      [
        { start: 0, end: 3, id: 'a' },
        { start: 5, end: 8, id: 'b' },
        { start: 10, end: 12, id: 'c' },
      ],
    );
    expect(s.truePositives).toBe(1);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
  });
});
