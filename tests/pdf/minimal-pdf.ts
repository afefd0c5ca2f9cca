/**
 * PDFs written by hand for the tests that need no browser (the fuzz tests, the encrypted case): one page a string in
 * Helvetica, optionally encrypted with the standard security handler, revision 2 (RC4, 40-bit key), which is simple
 * enough to write here and which pdf.js reads. Latin-1 text only.
 */
import { createHash } from 'node:crypto';

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const ID = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const PERMISSIONS = -4;

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

/** The /O and /U entries and the file key of revision 2, for a user password (the owner's is the same). */
function securityKeys(password: string): { o: Buffer; u: Buffer; key: Buffer } {
  const o = rc4(md5(padded(password)).subarray(0, 5), padded(password));
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const key = md5(padded(password), o, p, ID).subarray(0, 5);
  return { o, u: rc4(key, PAD), key };
}

const objectKey = (key: Buffer, num: number) =>
  md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF with one page for each string of `pages`, encrypted with `password` when one is given. */
export function minimalPdf(pages: readonly string[], password?: string): Uint8Array {
  const security = password === undefined ? undefined : securityKeys(password);
  const objects: Buffer[] = [];
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  pages.forEach((text, i) => {
    const num = 5 + 2 * i;
    objects.push(
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${num} 0 R >>`,
      ),
    );
    let stream: Buffer = Buffer.from(`BT /F1 12 Tf 72 700 Td (${escape(text)}) Tj ET`, 'latin1');
    if (security) stream = rc4(objectKey(security.key, num), stream);
    objects.push(
      Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    );
  });
  if (security) {
    const hex = (b: Buffer) => `<${b.toString('hex')}>`;
    objects.push(
      Buffer.from(
        `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(security.o)} /U ${hex(security.u)} /P ${PERMISSIONS} >>`,
      ),
    );
  }
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  const encrypt = security ? ` /Encrypt ${objects.length} 0 R` : '';
  const id = `<${ID.toString('hex')}>`;
  parts.push(
    Buffer.from(
      `${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [${id} ${id}]${encrypt} >>\nstartxref\n${at}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

export const encryptedPdf = (pages: readonly string[], password: string) => minimalPdf(pages, password);
