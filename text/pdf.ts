/**
 * The text of a PDF for `npm run scan`, read with pdfjs-dist in Node, page by page in reading order
 * (text/pdf-layout.ts). pdf.js's CMaps and standard fonts are read from the installed package by file path, so that
 * Chinese text in CID fonts extracts and nothing is fetched. Node only (file paths, the legacy build).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { joinItems, type PdfItem } from './pdf-layout';

/** Why a PDF gives no text: each with a message for the person who ran the scan. */
export type PdfProblem = 'encrypted' | 'wrong-password' | 'malformed' | 'no-text' | 'timeout';

export class PdfError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface PdfText {
  /** Each page's text, in order. */
  pages: string[];
}

export interface PdfOptions {
  password?: string;
  /** The longest the whole reading may take: a damaged file must end in a message, never a hang. */
  timeoutMs?: number;
}

/** Where pdfjs-dist is installed: its cmaps/ and standard_fonts/ folders sit beside its package.json. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const MESSAGES: Record<PdfProblem, string> = {
  encrypted: 'the PDF is encrypted: give its password with --password',
  'wrong-password': 'the PDF is encrypted and the password given does not open it',
  malformed: 'not a readable PDF (damaged, truncated or not a PDF at all)',
  'no-text': 'the PDF has no text layer (a scan or images of text): run OCR on it first',
  timeout: 'reading the PDF took too long: it may be damaged',
};

export function isPdf(name: string, head: Uint8Array): boolean {
  return /\.pdf$/i.test(name) || (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46); // %PDF
}

/** The error pdf.js threw, as one of ours (by its name: pdf.js's exception classes are not all exported). */
function problemOf(error: unknown, password: string | undefined): PdfError {
  if (error instanceof PdfError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'PasswordException') {
    const problem = password === undefined ? 'encrypted' : 'wrong-password';
    return new PdfError(problem, MESSAGES[problem]);
  }
  const detail = (error as Error)?.message;
  return new PdfError('malformed', detail ? `${MESSAGES.malformed}: ${detail}` : MESSAGES.malformed);
}

/** Reads every page's text; throws a PdfError with a message fit to print when it cannot. */
export async function pdfText(data: Uint8Array, options: PdfOptions = {}): Promise<PdfText> {
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given (it transfers it to its worker): a copy keeps the caller's.
    data: data.slice(),
    password: options.password,
    cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfError('timeout', MESSAGES.timeout)), options.timeoutMs ?? 60_000);
  });
  const read = async (): Promise<PdfText> => {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((i): i is PdfItem & typeof i => 'str' in i)));
      page.cleanup();
    }
    return { pages };
  };
  try {
    const result = await Promise.race([read(), deadline]);
    if (!result.pages.some((p) => p.trim())) throw new PdfError('no-text', MESSAGES['no-text']);
    return result;
  } catch (error) {
    throw problemOf(error, options.password);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}
