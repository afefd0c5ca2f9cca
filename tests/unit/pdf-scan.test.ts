/**
 * `npm run scan` on PDFs: the test PDFs are printed by Chromium from our own pages (tests/pdf/make-pdfs.ts), and each
 * must give the same terms as its HTML, with pages; bad PDFs end in a clear message.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { Matcher } from '../../matching/matcher';
import { PAGE_BREAK, scanContent, scanPages } from '../../text/document';
import { PdfError, pdfText } from '../../text/pdf';
import { joinItems, Sep, separators, type PdfItem } from '../../text/pdf-layout';
import { makeTestPdfs, PDF_SOURCES, testPdf } from '../pdf/make-pdfs';
import { encryptedPdf, minimalPdf } from '../pdf/minimal-pdf';

const glossary = compileGlossary(loadGlossary().entries);
const matcher = new Matcher(glossary.surfaces);
const read = (name: string) => new Uint8Array(readFileSync(testPdf(name)));

/** An item of `str` at (x, y), `size` high, an em a Han character wide and about half an em any other. */
const item = (str: string, x: number, y: number, size = 10): PdfItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: [...str].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? size : size * 0.5), 0),
  height: size,
});

describe('reading order of PDF text items', () => {
  it('joins items on a line, spaces words apart, wraps lines, and breaks at a paragraph gap', () => {
    const items = [item('The Cyberspace', 0, 100), item('Administration', 78, 100), item('of China', 0, 88)];
    expect(separators(items)).toEqual([Sep.Break, Sep.Space, Sep.Wrap]);
    expect(joinItems(items)).toBe('The Cyberspace Administration\nof China');
    expect(joinItems([item('one', 0, 100), item('two', 0, 70)])).toBe('one\n\ntwo');
  });

  it('puts no space or line break between CJK items, and reads a vertical column top to bottom', () => {
    expect(joinItems([item('国家互联', 0, 100), item('网信息', 40, 100)])).toBe('国家互联网信息');
    expect(joinItems([item('国家互联', 0, 100), item('网信息', 0, 88)])).toBe('国家互联网信息');
    const column = [...'网信办'].map((ch, i) => item(ch, 200, 100 - 10 * i));
    const next = [...'网络'].map((ch, i) => item(ch, 185, 100 - 10 * i));
    expect(joinItems([...column, ...next])).toBe('网信办\n\n网络');
  });

  it('ends a run at a raised footnote marker and at a table cell', () => {
    const items = [item('China', 0, 100), item('1', 26, 104, 6), item('drafted', 32, 100)];
    expect(joinItems(items)).toBe('China\n\n1\n\ndrafted');
    expect(joinItems([item('Law', 0, 100), item(' ', 15, 100), item('2017', 80, 100)])).toBe('Law\n\n2017');
  });
});

describe('radicals in text extracted from PDFs', () => {
  it('match as the ideographs they are drawn as (⽹ U+2F79 for 网, ⻔ U+2ED4 for 门)', () => {
    const found = scanContent('x.txt', '⽹信办、国家⽹信部⻔', matcher, glossary).map((m) => m.text);
    expect(found).toEqual(expect.arrayContaining(['⽹信办']));
    expect(matcher.match('部⻔').length).toBe(matcher.match('部门').length);
  });
});

describe('scan of PDFs printed from our pages', { timeout: 60_000 }, () => {
  beforeAll(async () => void (await makeTestPdfs()), 60_000);

  it.each(['en', 'zh-hans', 'zh-hant', 'table', 'footnotes', 'columns', 'vertical'])(
    '%s.pdf gives the terms of its HTML',
    async (name) => {
      const { pages } = await pdfText(read(name));
      const html = readFileSync(join(PDF_SOURCES, `${name}.html`), 'utf8');
      const want = scanContent(`${name}.html`, html, matcher, glossary).map((m) => m.id);
      const got = scanPages(pages, matcher, glossary);
      expect(got.map((m) => m.id)).toEqual(want);
      expect(want.length).toBeGreaterThan(0);
    },
  );

  it('gives the matches of the same text in a .txt file, each with its page', async () => {
    const { pages } = await pdfText(read('en'));
    expect(pages).toHaveLength(3);
    const got = scanPages(pages, matcher, glossary);
    const asText = scanContent('report.txt', pages.join(PAGE_BREAK), matcher, glossary);
    expect(got.map(({ page: _, ...m }) => m)).toEqual(asText);
    expect(got.map((m) => m.page)).toEqual([1, 1, 1, 1, 3, 3, 3, 3]);
    for (const m of got) expect(pages[m.page! - 1]).toContain(m.text);
  });

  it('says that a PDF without a text layer has none', async () => {
    await expect(pdfText(read('image-only'))).rejects.toMatchObject({ problem: 'no-text' });
  });

  it('says that a damaged, truncated or empty file is not a readable PDF', async () => {
    const whole = read('en');
    for (const bad of [whole.slice(0, 400), new Uint8Array(0), new TextEncoder().encode('%PDF-1.7\nnonsense')]) {
      const error = await pdfText(bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfError);
      expect((error as PdfError).problem).toMatch(/malformed|no-text/);
    }
  });

  it('reads a PDF of our own making, and an encrypted one only with its password', async () => {
    expect((await pdfText(minimalPdf(['The Cybersecurity Law']))).pages).toEqual(['The Cybersecurity Law']);
    const locked = encryptedPdf(['The Cybersecurity Law'], 'secret');
    await expect(pdfText(locked)).rejects.toMatchObject({ problem: 'encrypted' });
    await expect(pdfText(locked, { password: 'wrong' })).rejects.toMatchObject({ problem: 'wrong-password' });
    expect((await pdfText(locked, { password: 'secret' })).pages).toEqual(['The Cybersecurity Law']);
  });
});

describe('npm run scan on PDFs', { timeout: 60_000 }, () => {
  beforeAll(async () => void (await makeTestPdfs()), 60_000);
  const cli = (...args: string[]) =>
    spawnSync('npx', ['--no-install', 'tsx', 'cli/scan.ts', ...args], { encoding: 'utf8' });

  it('prints pages in JSON and in the table, and a clear message for a PDF without text', () => {
    const json = cli('--format', 'json', testPdf('en'));
    expect(json.status).toBe(0);
    const [out] = JSON.parse(json.stdout);
    expect(out.matches[0]).toMatchObject({ page: 1, id: 'cac', text: 'Cyberspace Administration of China' });
    const table = cli(testPdf('en'), testPdf('image-only'));
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/p\.3 +\d+-\d+ +law +data-security-law/);
    expect(table.stderr).toContain('image-only.pdf: the PDF has no text layer');
  });
});
