/**
 * Our source never turns a string into HTML or code, and never links anywhere but an http(s) URL from safeUrl (or a
 * blob: URL it made itself, for a download). What the built bundles contain, third-party code included, is checked
 * in tests/dist/bundles.test.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Everything that ships or builds what ships: the entrypoints, shared UI and logic, the glossary and its compiler. */
const ROOTS = ['entrypoints', 'components', 'platform', 'user-terms', 'matching', 'text', 'formats', 'glossary'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/**
 * Source text without comments (block comments, and line comments not inside a URL), so prose may name what code
 * must not use. Line breaks stay, so line numbers stay true.
 */
function code(text: string): string {
  const blank = (comment: string) => comment.replace(/[^\n]/g, '');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, blank);
}

const FORBIDDEN: [string, RegExp, string][] = [
  ['innerHTML', /\binnerHTML\b/, 'el.innerHTML = "<b>x</b>"'],
  ['outerHTML =', /\bouterHTML\s*=(?!=)/, 'el.outerHTML = html'],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/, "el.insertAdjacentHTML('beforeend', html)"],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/, 'document.writeln(html)'],
  ['createContextualFragment', /\bcreateContextualFragment\b/, 'range.createContextualFragment(html)'],
  ['srcdoc', /\bsrcdoc\b/, 'frame.srcdoc = html'],
  ['eval', /(^|[^\w$.])eval\s*\(/, 'const x = eval(text)'],
  ['new Function', /\bnew\s+Function\b|(^|[^\w$.])Function\s*\(/, "new Function('return 1')"],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/, "setTimeout('alert(1)', 10)"],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/, '<div dangerouslySetInnerHTML={{ __html: x }} />'],
  ['import() of anything but a relative module', /(^|[^\w$.])import\s*\(\s*(?!['"]\.\.?\/)/, 'await import(url)'],
  ['<script src> of a URL', /<script[^>]*\bsrc\s*=\s*['"]?(https?:)?\/\//i, '<script src="https://cdn.example/x.js">'],
];

const sources = ROOTS.flatMap(files).map((path) => ({ path, code: code(readFileSync(path, 'utf8')) }));

describe('our source', () => {
  it('is found', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.map((s) => s.path)).toContain(join('components', 'Card.tsx'));
  });

  describe.each(FORBIDDEN)('has no %s', (_name, pattern, example) => {
    it('anywhere', () => {
      const hits = sources.flatMap(({ path, code }) =>
        code.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
      expect(hits).toEqual([]);
    });
    it(`(the check finds ${JSON.stringify(example)})`, () => {
      expect(pattern.test(example)).toBe(true);
    });
  });

  it('keeps comments out of the way but not code after a URL', () => {
    expect(code('x = 1; // eval(a)\n/* innerHTML\n */ y')).toBe('x = 1; \n\n y');
    expect(code("const u = 'https://example.com'; eval(u)")).toContain('eval(u)');
  });

  it('links only to URLs that safeUrl passed, or to blob: URLs it made for a download', () => {
    for (const { path, code: text } of sources) {
      // JSX: href={name}, where name came from safeUrl in the same file.
      for (const [, name] of text.matchAll(/\bhref=\{(\w+)\}/g)) {
        expect(text, `${path}: href={${name}}`).toMatch(new RegExp(`\\b${name}\\s*=\\s*safeUrl\\(`));
      }
      expect(text, `${path}: an href that is not a plain variable`).not.toMatch(/\bhref=(\{(?!\w+\})|['"](?!#))/);
      // DOM: a.href = name, where name is a blob: URL made from our own text.
      for (const [, name] of text.matchAll(/\.href\s*=\s*(\w+)/g)) {
        expect(text, `${path}: .href = ${name}`).toMatch(new RegExp(`\\b${name}\\s*=\\s*URL\\.createObjectURL\\(`));
      }
    }
  });

  it('opens every new-tab link with rel="noopener noreferrer"', () => {
    const anchors = sources.flatMap(({ path, code: text }) =>
      [...text.matchAll(/<a\b[^>]*>/g)].map((m) => ({ path, tag: m[0] })),
    );
    expect(anchors.length).toBeGreaterThan(0);
    for (const { path, tag } of anchors) {
      if (/\btarget=/.test(tag)) expect(tag, path).toMatch(/\brel="noopener noreferrer"/);
    }
  });
});
