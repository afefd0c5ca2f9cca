import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { htmlText, plainText, scanContent } from '../../text/document';
import { fixture, matcher } from './fixture-glossary';

describe('scan of HTML and text', () => {
  it('reads HTML text content without script or style and matches across inline tags', () => {
    const html =
      '<html><head><title>t</title><style>.CAC{}</style></head><body><p>The Cyberspace <em>Administration</em> of China</p><script>var CAC=1</script><p>网信办</p></body></html>';
    const { text } = htmlText(html);
    expect(text).toBe('The Cyberspace Administration of China网信办');
    const ms = scanContent('page.html', html, matcher, fixture);
    expect(ms.map((m) => [m.start, m.end, m.text, m.id])).toEqual([
      [4, 38, 'Cyberspace Administration of China', 'cac'],
      [38, 41, '网信办', 'cac'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('ends a match at a block boundary', () => {
    const html = '<div>the Cyberspace</div><div>Administration of China</div>';
    expect(scanContent('x.html', html, matcher, fixture)).toEqual([]);
  });

  it('ends a run at a footnote marker glued to a name', () => {
    const ms = scanContent(
      'x.html',
      '<p>the Cyberspace Administration of China<sup>1</sup> and the cyber superpower<sub>a</sub></p>',
      matcher,
      fixture,
    );
    expect(ms.map((m) => m.text)).toEqual(['Cyberspace Administration of China', 'cyber superpower']);
  });

  it('treats a blank line in plain text as a paragraph break, a single line break as a wrap', () => {
    expect(plainText('a\n\nb').runs).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(scanContent('x.txt', 'the Cyberspace\nAdministration of China', matcher, fixture)).toHaveLength(1);
    expect(scanContent('x.txt', 'the Cyberspace\n\nAdministration of China', matcher, fixture)).toHaveLength(0);
  });

  it('reads markup nested far deeper than any page, without overflowing the stack (found by fuzzing)', () => {
    // The shrunk counterexample was `<b>` repeated about 7,000 times, unclosed; blocks nest the same way.
    expect(htmlText('<b>'.repeat(20_000)).text).toBe('');
    expect(htmlText(`${'<b>'.repeat(20_000)}CAC 网信办`).text).toBe('CAC 网信办');
    const deep = htmlText(`${'<div>'.repeat(20_000)}网信办${'</div>'.repeat(20_000)}<p>CAC</p>`);
    expect(deep.text).toBe('网信办CAC');
    expect(deep.runs).toEqual([
      [0, 3],
      [3, 6],
    ]);
  });

  it('decodes entities, with offsets into the decoded text', () => {
    const ms = scanContent('x.html', '<p>&lt;b&gt; CAC &amp; 网信办</p>', matcher, fixture);
    expect(ms.map((m) => [m.start, m.text])).toEqual([
      [4, 'CAC'],
      [10, '网信办'],
    ]);
  });
});

// Each run of the CLI starts tsx and compiles the glossary (2-3 s alone with 4,600 entries, several times that beside
// the property tests that the unit suite runs in parallel on two cores): past vitest's default 5 s for three runs.
describe('npm run scan', { timeout: 90_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync('npx', ['--no-install', 'tsx', 'cli/scan.ts', ...args], { encoding: 'utf8' });

  it('prints JSON in the documented shape', () => {
    const r = cli('--format', 'json', 'tests/fixtures/pages/demo.html');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].file).toBe('tests/fixtures/pages/demo.html');
    expect(out[0].matches.length).toBeGreaterThan(3);
    expect(Object.keys(out[0].matches[0]).sort()).toEqual(['en', 'end', 'id', 'start', 'text', 'type', 'zh']);
    expect(out[0].matches.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining(['cac', 'cybersecurity-law', 'cyber-superpower']),
    );
  });

  it('prints a table by default and fails clearly on a missing file or bad format', () => {
    const ok = cli('tests/fixtures/pages/demo.html');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/demo\.html: \d+ matches/);
    const missing = cli('no/such/file.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no/such/file.txt: no such file');
    const badFormat = cli('--format', 'xml', 'x');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('unknown format "xml"');
  });
});
