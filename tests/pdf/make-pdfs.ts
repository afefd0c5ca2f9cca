/**
 * The test PDFs, printed at test time by Chromium (playwright-core's `page.pdf()`) from our own pages in
 * tests/fixtures/pdf into test-artifacts/pdf (git-ignored), once per machine: a page's PDF is printed again only when
 * its HTML is newer. `npx tsx tests/pdf/make-pdfs.ts` prints them by hand.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../browser/harness/chromium';

export const PDF_SOURCES = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
export const PDF_DIR = fileURLToPath(new URL('../../test-artifacts/pdf/', import.meta.url));

/** The path of the PDF printed from tests/fixtures/pdf/<name>.html. */
export const testPdf = (name: string) => join(PDF_DIR, `${name}.pdf`);

/** Prints every page whose PDF is missing or older than its HTML; returns the directory. */
export async function makeTestPdfs(): Promise<string> {
  mkdirSync(PDF_DIR, { recursive: true });
  const stale = readdirSync(PDF_SOURCES)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => {
      const out = testPdf(f.replace(/\.html$/, ''));
      return !existsSync(out) || statSync(out).mtimeMs < statSync(join(PDF_SOURCES, f)).mtimeMs;
    });
  if (!stale.length) return PDF_DIR;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    for (const f of stale) {
      await page.goto(pathToFileURL(join(PDF_SOURCES, f)).href, { waitUntil: 'load' });
      await page.pdf({ path: testPdf(f.replace(/\.html$/, '')), format: 'A4', printBackground: true });
    }
  } finally {
    await browser.close();
  }
  return PDF_DIR;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await makeTestPdfs();
  console.log(`PDFs in ${PDF_DIR}`);
}
