/**
 * The shape of the compiled glossary that the build bundles into the content script, popup and command line.
 * Types only, so that runtime code can import them without pulling in the compiler (Node, OpenCC).
 */
import type { Entry } from './schema';

/** How a surface is matched. */
export const enum SurfaceKind {
  /** An English name: case-insensitive, on word boundaries. */
  English = 0,
  /** An acronym: case-sensitive, whole word. */
  Acronym = 1,
  /** Chinese characters: anywhere (Chinese has no word boundaries). */
  Chinese = 2,
  /** Pinyin: tone marks, case and (in the joined form) spaces ignored, on word boundaries. */
  Pinyin = 3,
  /**
   * A phrase in which a surface means something else ("CAC 40"): matched like an English name so that
   * leftmost-longest selection lets it swallow the surface inside it, then dropped from the results.
   */
  Exclusion = 4,
}

export interface CompiledSurface {
  /** The surface folded with `foldString` (what the automaton matches). */
  folded: string;
  /** The surface as written in the glossary (acronyms are checked against it case-sensitively). */
  exact: string;
  kind: SurfaceKind;
  /** Indices into `entries`, the preferred entry (current body, law in force) first; empty for an exclusion. */
  entries: number[];
  /** Marked only when the same text also names a China term unambiguously. */
  ambiguous: boolean;
}

/** An entry as bundled: the validated entry with its traditional form filled in. */
export type CompiledEntry = Entry & { zhTrad: string };

export interface CompiledGlossary {
  entries: CompiledEntry[];
  surfaces: CompiledSurface[];
}
