/**
 * A file of named sections, each an array of integers or a text, laid out so that a reader takes typed-array views
 * over the bytes where they lie: the glossary bundle (matching/bundle.ts) is read this way in every frame, and
 * nothing in it is parsed or copied at load beyond the small texts that are needed at once.
 *
 * Layout: the magic "CPL1", the header's length in bytes (u32, little-endian), the header as JSON
 * ({ name: [offset, length, kind] }), then each section at an offset that is a multiple of 4. Integers are stored
 * little-endian, as every engine we run in reads typed arrays.
 */

const MAGIC = 'CPL1';

type Kind = 'u16' | 'u32' | 'text';

export type SectionData = Uint16Array | Uint32Array | string;

type Header = Record<string, [offset: number, length: number, kind: Kind]>;

function kindOf(data: SectionData): Kind {
  if (typeof data === 'string') return 'text';
  return data instanceof Uint32Array ? 'u32' : 'u16';
}

/** The file holding `sections` (build time). */
export function writeSections(sections: Record<string, SectionData>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const bytes = Object.entries(sections).map(([name, data]) => {
    const raw =
      typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return { name, kind: kindOf(data), raw };
  });
  // Offsets count from the end of the header, so the header's own length does not move them.
  const header: Header = {};
  let offset = 0;
  for (const { name, kind, raw } of bytes) {
    header[name] = [offset, raw.length, kind];
    offset += (raw.length + 3) & ~3;
  }
  const text = JSON.stringify(header); // ASCII: section names and numbers
  const padded = (text.length + 3) & ~3;
  const json = encoder.encode(text.padEnd(padded, ' '));
  const start = 8 + padded;
  const out = new Uint8Array(start + offset);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, padded, true);
  out.set(json, 8);
  for (const { name, raw } of bytes) out.set(raw, start + header[name][0]);
  return out;
}

/** Thrown for bytes that are not a sections file, or lack a section asked for: a build error, not a page's. */
export class SectionsError extends Error {}

/** The sections of a file written by `writeSections`, read in place (run time). */
export class Sections {
  private readonly header: Header;
  private readonly start: number;

  constructor(private readonly buffer: ArrayBuffer) {
    const head = new Uint8Array(buffer, 0, Math.min(8, buffer.byteLength));
    if (head.length < 8 || String.fromCharCode(...head.subarray(0, 4)) !== MAGIC)
      throw new SectionsError('China Policy Lens: the glossary file is not in the expected format');
    const length = new DataView(buffer).getUint32(4, true);
    this.header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length))) as Header;
    this.start = 8 + length;
  }

  private section(name: string, kinds: readonly Kind[]): [number, number, Kind] {
    const found = this.header[name];
    if (!found || !kinds.includes(found[2]))
      throw new SectionsError(`China Policy Lens: the glossary file has no ${kinds.join(' or ')} section "${name}"`);
    return [this.start + found[0], found[1], found[2]];
  }

  u16(name: string): Uint16Array<ArrayBuffer> {
    const [offset, length] = this.section(name, ['u16']);
    return new Uint16Array(this.buffer, offset, length / 2);
  }

  u32(name: string): Uint32Array<ArrayBuffer> {
    const [offset, length] = this.section(name, ['u32']);
    return new Uint32Array(this.buffer, offset, length / 4);
  }

  /** A section of integers of either width. */
  integers(name: string): Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer> {
    return this.section(name, ['u16', 'u32'])[2] === 'u16' ? this.u16(name) : this.u32(name);
  }

  text(name: string): string {
    return new TextDecoder().decode(this.bytes(name));
  }

  /** A text section's UTF-8 bytes, where they lie (decoded piece by piece by its reader). */
  bytes(name: string): Uint8Array<ArrayBuffer> {
    const [offset, length] = this.section(name, ['text']);
    return new Uint8Array(this.buffer, offset, length);
  }
}

/** A sections file as text, for storage that holds JSON only (the user's compiled terms), and back. */
export function toBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): ArrayBuffer {
  // Straight into bytes where the engine can (Chromium 140, Firefox 133): no binary string as garbage on the way.
  const U8 = Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };
  if (U8.fromBase64) return U8.fromBase64(text).buffer;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
