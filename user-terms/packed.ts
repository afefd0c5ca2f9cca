/**
 * The user's terms compiled once, when they are saved, and stored beside them (`local:userTermsCompiled`), so that a
 * frame reads their surfaces and automaton instead of validating and compiling up to 10,000 terms (docs/
 * performance.md). They are stored as the bundled glossary's file is laid out (matching/bundle.ts), in base64, since
 * extension storage holds JSON: a frame reads them in place, and makes a record or parses the entries only on use. The stored form carries its format and the extension's version: one of another format or version
 * (an update may change the surface rules) is not used, and the background compiles it again (`refreshPackedTerms`).
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
export const PACKED_FORMAT = 4;

export interface PackedUserTerms {
  format: number;
  /** The extension's version that compiled them. */
  version: string;
  /** A hash of the terms compiled (`termsStamp`), to tell a stored form that no longer fits them. */
  stamp: string;
  /** The glossary file of the terms (`glossarySections`: card entries in the terms' order), in base64. */
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

/** Compiles the terms into their stored form (entry indices from 0; the frame shifts them after the bundled ones). */
export function packUserTerms(terms: readonly UserTerm[]): PackedUserTerms {
  const { surfaces, automaton } = compileNames(terms, 0);
  const entries = terms.map((t) => cardOf(userEntry(t)));
  return {
    format: PACKED_FORMAT,
    version: extensionVersion(),
    stamp: termsStamp(terms),
    file: toBase64(writeSections(glossarySections(entries, surfaces, automaton))),
  };
}

/** Whether a stored form was compiled by this version in this format. */
export function isCurrent(packed: PackedUserTerms | null | undefined): packed is PackedUserTerms {
  return packed?.format === PACKED_FORMAT && packed.version === extensionVersion();
}

/**
 * The user's glossary from its stored form, entries numbered from `offset`; `keep` as in pageGlossary. The entries
 * are parsed the first time they are read.
 */
export function unpackUserTerms(
  packed: PackedUserTerms,
  offset: number,
  keep?: (entry: EntryKind) => boolean,
): StoredUserGlossary {
  const { entries, kinds, surfaces, automaton } = unpackBundle(fromBase64(packed.file), keep, undefined, offset);
  return {
    get entries() {
      return entries();
    },
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
  await packedTermsItem.setValue(terms.length ? packUserTerms(terms) : null);
}
