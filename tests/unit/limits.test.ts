import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchDocument, tooLarge } from '../../text/document';
import { MATCH_RUN_MAX_CHARS, SCAN_MAX_BYTES } from '../../platform/constants';
import { runPieces } from '../../text/long-runs';
import { fixture, matcher } from './fixture-glossary';

const lengths = (pieces: Array<[number, number]>) => pieces.map(([a, b]) => b - a);

describe('the longest run the matcher is given at once (MATCH_RUN_MAX_CHARS)', () => {
  it('leaves a run within the limit whole, and gives no piece of an empty run', () => {
    expect(runPieces('网信办 CAC')).toEqual([[0, 7]]);
    expect(runPieces('x'.repeat(MATCH_RUN_MAX_CHARS))).toEqual([[0, MATCH_RUN_MAX_CHARS]]);
    expect(runPieces('')).toEqual([]);
    expect(runPieces('abc', 1, 1)).toEqual([]);
  });

  it('cuts a longer run into pieces within the limit that cover it', () => {
    const text = 'x'.repeat(MATCH_RUN_MAX_CHARS * 2 + 5);
    const pieces = runPieces(text);
    expect(lengths(pieces)).toEqual([MATCH_RUN_MAX_CHARS, MATCH_RUN_MAX_CHARS, 5]);
    expect(pieces.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
  });

  it('cuts after a line break, else a Chinese sentence end, else white space, in the last quarter of a piece', () => {
    // With pieces of at most 20, the cut is looked for from 15 to 20.
    const a = (n: number) => 'a'.repeat(n);
    expect(runPieces(`${a(16)}\n${a(2)} ${a(4)}`, 0, 24, 20)).toEqual([
      [0, 17],
      [17, 24],
    ]);
    expect(runPieces(`${a(16)}。${a(2)} ${a(4)}`, 0, 24, 20)).toEqual([
      [0, 17],
      [17, 24],
    ]);
    expect(runPieces(`${a(17)} ${a(6)}`, 0, 24, 20)).toEqual([
      [0, 18],
      [18, 24],
    ]);
    expect(runPieces(`${a(2)}\n${a(22)}`, 0, 25, 20)).toEqual([
      [0, 20],
      [20, 25],
    ]); // the line break is too far back
    expect(runPieces(a(12), 2, 12, 4)).toEqual([
      [2, 6],
      [6, 10],
      [10, 12],
    ]);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const text = 'a😀😀😀😀😀';
    const pieces = runPieces(text, 0, text.length, 4);
    expect(lengths(pieces)).toEqual([3, 4, 4]);
    expect(pieces.map(([, end]) => text.slice(0, end)).every((s) => !/[\ud800-\udbff]$/.test(s))).toBe(true);
  });

  it('is where `npm run scan` cuts a paragraph longer than the limit: terms on either side are found, with their offsets', () => {
    const filler = 'a '.repeat(MATCH_RUN_MAX_CHARS / 2);
    const text = `网信办 ${filler}CAC ${filler}the Cyberspace Administration of China`;
    const { matches } = matchDocument('long.txt', text, matcher);
    expect(matches.map((m) => [text.slice(m.start, m.end), fixture.entries[m.entry].id])).toEqual([
      ['网信办', 'cac'],
      ['CAC', 'cac'],
      ['Cyberspace Administration of China', 'cac'],
    ]);
  });
});

describe('the largest file `npm run scan` reads (SCAN_MAX_BYTES)', { timeout: 30_000 }, () => {
  it('says why a file over the limit is not scanned, and nothing for one at the limit', () => {
    expect(tooLarge(SCAN_MAX_BYTES)).toBeUndefined();
    expect(tooLarge(0)).toBeUndefined();
    expect(tooLarge(SCAN_MAX_BYTES + 1)).toBe(
      '16.0 MB is more than the 16.0 MB the scanner reads (the whole file is held in memory): split it and scan the parts',
    );
    expect(tooLarge(40 * 1024 * 1024)).toMatch(/^40\.0 MB is more than the 16\.0 MB/);
  });

  it('refuses a file over the limit without reading it, with exit status 1, and scans the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpl-scan-'));
    try {
      const big = join(dir, 'big.txt');
      writeFileSync(big, '');
      truncateSync(big, SCAN_MAX_BYTES + 1); // sparse: no disk used, and the CLI must refuse it before reading
      const r = spawnSync(
        'npx',
        ['--no-install', 'tsx', 'cli/scan.ts', '--format', 'json', big, 'tests/fixtures/pages/demo.html'],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${big}: 16.0 MB is more than the 16.0 MB the scanner reads`);
      const out = JSON.parse(r.stdout);
      expect(out.map((f: { file: string }) => f.file)).toEqual(['tests/fixtures/pages/demo.html']);
      expect(out[0].matches.length).toBeGreaterThan(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
