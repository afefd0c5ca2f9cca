/**
 * The user's terms compiled once, when they are saved, and stored beside them (`local:userTermsCompiled`), so that a
 * frame reads their surfaces and automaton instead of validating and compiling up to 10,000 terms (docs/
 * performance.md). They are stored as the bundled glossary's file is laid out (matching/bundle.ts), deflated (a
 * quarter of the size: every frame that marks reads them from storage) and in base64, since extension storage holds
 * JSON; a frame inflates them and reads them in place, making a record or parsing the entries only on use. The stored
 * form carries its format and the extension's version: one of another format or version (an update may change the
 * surface rules) is not used, and the background compiles it again (`refreshPackedTerms`).
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { cardOf, glossarySections, unpackBundle, type EntryKind } from '../matching/bundle';
import { fromBase64, toBase64, writeSections } from '../matching/sections';
import { compileNames } from '../matching/surfaces';
import { userEntry } from './entries';
import type { UserTerm } from './schema';
import type { StoredUserGlossary } from './compile';

/** Raised whenever the packed layout changes. */
export const PACKED_FORMAT = 6;

export interface PackedUserTerms {
  format: number;
  /** The extension's version that compiled them. */
  version: string;
  /** A hash of the terms compiled (`termsStamp`), to tell a stored form that no longer fits them. */
  stamp: string;
  /** The glossary file of the terms (`glossarySections`: card entries in the terms' order), deflated, in base64. */
  file: string;
}

export const packedTermsItem = storage.defineItem<PackedUserTerms | null>('local:userTermsCompiled', {
  fallback: null,
});

/** FNV-1a over the terms' JSON: the same terms give the same stamp. */
function termsStamp(terms: readonly UserTerm[]): string {
  const text = JSON.stringify(terms);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${terms.length}:${(h >>> 0).toString(36)}`;
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

/** The bytes through a compression stream of both browsers (and Node's, for the tests and the bench). */
async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** Compiles the terms into their stored form (entry indices from 0; the frame shifts them after the bundled ones). */
export async function packUserTerms(terms: readonly UserTerm[]): Promise<PackedUserTerms> {
  const { surfaces, automaton } = compileNames(terms, 0);
  const entries = terms.map((t) => cardOf(userEntry(t)));
  const file = writeSections(glossarySections(entries, surfaces, automaton));
  return {
    format: PACKED_FORMAT,
    version: extensionVersion(),
    stamp: termsStamp(terms),
    file: toBase64(await through(file, new CompressionStream('deflate'))),
  };
}

/** The glossary file of a stored form, inflated (the frame's start-up reads it in place). */
export async function packedFile(packed: PackedUserTerms): Promise<ArrayBuffer> {
  return (await through(new Uint8Array(fromBase64(packed.file)), new DecompressionStream('deflate'))).buffer;
}

/** Whether a stored form was compiled by this version in this format. */
export function isCurrent(packed: PackedUserTerms | null | undefined): packed is PackedUserTerms {
  return packed?.format === PACKED_FORMAT && packed.version === extensionVersion();
}

/**
 * The user's glossary from its stored form's file (`packedFile`), entries numbered from `offset`; `keep` as in
 * pageGlossary. Each entry is parsed the first time it is read.
 */
export function unpackUserTerms(
  file: ArrayBuffer,
  offset: number,
  keep?: (entry: EntryKind) => boolean,
): StoredUserGlossary {
  const { entries, kinds, surfaces, automaton } = unpackBundle(file, keep, undefined, offset);
  return {
    entries,
    kinds,
    surfaces,
    automaton,
  };
}

/** The stored form if it is current, else undefined (the caller compiles the terms itself). */
export async function loadPackedTerms(): Promise<PackedUserTerms | undefined> {
  try {
    const packed = await packedTermsItem.getValue();
    return isCurrent(packed) ? packed : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles and stores the terms again when the stored form is missing, stale or not theirs (background). */
export async function refreshPackedTerms(terms: readonly UserTerm[]): Promise<void> {
  const packed = await packedTermsItem.getValue().catch(() => null);
  const stamp = termsStamp(terms);
  if (isCurrent(packed) && packed.stamp === stamp) return;
  await packedTermsItem.setValue(terms.length ? await packUserTerms(terms) : null);
}
