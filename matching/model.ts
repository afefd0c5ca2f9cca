/**
 * The shape of the compiled glossary that the build bundles into the content script, popup and command line.
 * Types only, so that runtime code can import them without pulling in the compiler (Node, OpenCC).
 */
import type { Entry, Source } from '../glossary/schema';
import type { Automaton } from './automaton';

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
  /**
   * A word that shows an entry's ambiguous names mean something else in the same paragraph ("polylactic" near
   * "PLA"): `entries` holds that entry; matched like an English name (or anywhere, in Chinese), never marked, and
   * never in the way of a term that overlaps it.
   */
  Cue = 5,
  /**
   * A word that makes an entry the one meant by a name it shares with others, in the same paragraph ("Hong Kong" near
   * "National Security Law"): `entries` holds that entry; matched and kept out of the way like a cue.
   */
  Preference = 6,
  /**
   * A word that says its paragraph is about China ("Chinese", "Beijing's", 我国, a China place; matching/context-words):
   * the ambiguous names in that paragraph are China's. No entries; matched and kept out of the way like a cue.
   */
  China = 7,
  /**
   * A country or territory other than China ("Taiwan's", "UK", 美国): a name that follows it directly is that
   * country's ("Taiwan's Ministry of Foreign Affairs", 美國國務院) and is not marked. No entries; kept out of the way.
   */
  Foreign = 8,
  /**
   * A kind of document and the closing bracket of a title (意见》, 办法（试行）》): a 《》 title that ends so and that no
   * entry names whole is marked whole with the kind's entry (titles.ts says where one starts and when it counts).
   */
  TitleEnd = 9,
}

/** Whether a surface of this kind is a word that speaks about other names in its paragraph, never a mark itself. */
export function isCue(kind: SurfaceKind): boolean {
  return (
    kind === SurfaceKind.Cue ||
    kind === SurfaceKind.Preference ||
    kind === SurfaceKind.China ||
    kind === SurfaceKind.Foreign
  );
}

/** Bits of `MatchSurface.edges`: whether the surface starts / ends with a word character (then needs a boundary). */
export const WORD_START = 1;
export const WORD_END = 2;

/** What the matcher needs of a surface. */
export interface MatchSurface {
  kind: SurfaceKind;
  /**
   * Indices into `entries`, the preferred entry (current body, law in force) first; empty for an exclusion; for a
   * cue, the entries whose ambiguous names it speaks against; for a preference, the entries it speaks for.
   */
  entries: number[];
  /** Marked only when the same text also names a China term unambiguously. */
  ambiguous: boolean;
  /**
   * The surface as written: acronyms, and China and foreign words in capitals ("US", "PRC"), are checked against it
   * case-sensitively; '' otherwise (in the run-time bundle and for China and foreign words in lower case).
   */
  exact: string;
  edges: number;
  /** A law's or document's title: inside 《》 it is marked only as the whole title (`titleFits`). */
  title: boolean;
  /**
   * A body's Chinese name that its local offices share (卫健委, 网信办, 公安机关; not 国家卫健委): right after 省, 市,
   * 县, 区… it names the local office, which the card would call the central body (`localBefore`).
   */
  local?: boolean;
  /** A term of art marked only in a paragraph of a law's own text (an entry's `markedInLaw`; matching/law-text.ts). */
  lawText?: boolean;
}

/**
 * The surfaces as the matcher and the page read them, by surface index: an array's (`listOf`), or the bundled
 * glossary's record table, which makes each record on first use (matching/records.ts).
 */
export interface SurfaceList {
  readonly length: number;
  get(index: number): MatchSurface;
  /** Whether surface `index` is ambiguous, without making its record. */
  ambiguous(index: number): boolean;
  /** Whether surface `index` is marked only in a law's own text, without making its record. */
  lawText(index: number): boolean;
  /** Its preferred entry, or -1 (an exclusion, or no entry kept), without making its record. */
  firstEntry(index: number): number;
}

/** An array of surfaces as a `SurfaceList`. */
function listOf(surfaces: readonly MatchSurface[]): SurfaceList {
  return {
    length: surfaces.length,
    get: (index) => surfaces[index],
    ambiguous: (index) => surfaces[index].ambiguous,
    lawText: (index) => !!surfaces[index].lawText,
    firstEntry: (index) => surfaces[index].entries[0] ?? -1,
  };
}

/** Surfaces as a `SurfaceList`, whether an array of them or a list already. */
export function asList(surfaces: readonly MatchSurface[] | SurfaceList): SurfaceList {
  return Array.isArray(surfaces) ? listOf(surfaces as readonly MatchSurface[]) : (surfaces as SurfaceList);
}

/** Surfaces `base`, then `extra` (numbered after them), as one list. */
export function joinLists(base: SurfaceList, extra: SurfaceList): SurfaceList {
  const offset = base.length;
  return {
    length: offset + extra.length,
    get: (i) => (i < offset ? base.get(i) : extra.get(i - offset)),
    ambiguous: (i) => (i < offset ? base.ambiguous(i) : extra.ambiguous(i - offset)),
    lawText: (i) => (i < offset ? base.lawText(i) : extra.lawText(i - offset)),
    firstEntry: (i) => (i < offset ? base.firstEntry(i) : extra.firstEntry(i - offset)),
  };
}

export interface CompiledSurface extends MatchSurface {
  /** The surface folded with `foldString` (what the automaton matches). */
  folded: string;
}

/** An entry as bundled: the validated entry with its traditional form filled in. */
export type CompiledEntry = Entry & { zhTrad: string };

export interface CompiledGlossary {
  entries: CompiledEntry[];
  surfaces: CompiledSurface[];
}

/** The fields of an entry the hover card shows; the content script bundles only these. */
export const CARD_FIELDS = [
  'id',
  'type',
  'subtype',
  'en',
  'acronyms',
  'zh',
  'zhTrad',
  'pinyin',
  'status',
  'dates',
  'relations',
  'gloss',
] as const;
export type CardEntry = Pick<CompiledEntry, (typeof CARD_FIELDS)[number]>;

/** What the content script loads: card fields, packed surfaces and the prebuilt automaton. */
/** What the card's expanded view adds, fetched from the background on "More". */
export interface EntryDetails {
  definition: string;
  sources: Source[];
  /** How each English name stands (official, standard...), for those the glossary says. */
  enUsage?: Record<string, string>;
  docNumber?: string;
  /** For a term a law defines: the law's id, the article, and the defining sentence as the law has it. */
  definedIn?: { law: string; article: string };
  legalDefinitionZh?: string;
}

export interface RuntimeGlossary {
  entries: CardEntry[];
  automaton: Automaton;
}
