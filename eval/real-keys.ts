/**
 * The mapping of the real set's keys (official Chinese names given blind to the glossary) to glossary entries,
 * kept in tests/fixtures/real/keys.json. Exact name matches are proposed; everything else is mapped by hand, and a
 * hand-set value, an id or null, is never overwritten.
 */
import { writeFileSync } from 'node:fs';
import type { Entry } from '../glossary/schema';
import { isTrapKey, KEYS_PATH, type Annotation, type RealSource } from './real-set';

/** An annotation's category; real-set.ts keeps its own name for it private. */
type Category = Annotation['terms'][number]['cat'];

export interface KeyUse {
  key: string;
  cats: Set<Category>;
  surfaces: Set<string>;
  texts: Set<string>;
  /** Used only in held-back texts: listed by count, never by name, in reports on the working set. */
  heldBackOnly: boolean;
}

/** Every non-trap key used in the annotations, with where and how it is used. */
export function keyUses(sources: readonly RealSource[], annotationOf: (id: string) => Annotation | undefined) {
  const uses = new Map<string, KeyUse>();
  for (const source of sources) {
    for (const term of annotationOf(source.id)?.terms ?? []) {
      if (isTrapKey(term.key) || term.cat === 'trap') continue;
      let use = uses.get(term.key);
      if (!use) {
        use = { key: term.key, cats: new Set(), surfaces: new Set(), texts: new Set(), heldBackOnly: true };
        uses.set(term.key, use);
      }
      use.cats.add(term.cat);
      use.surfaces.add(term.s);
      use.texts.add(source.id);
      if (!source.heldBack) use.heldBackOnly = false;
    }
  }
  return uses;
}

/** An entry's own names, Chinese and English, as a key or a surface could give them. */
function namesOf(e: Entry): string[] {
  return [e.zh, e.zhTrad ?? '', ...(e.zhAlt ?? []), ...(e.zhTw ?? []), ...(e.zhHk ?? []), e.en, ...(e.enAlt ?? [])]
    .concat(e.acronyms ?? [])
    .filter(Boolean);
}

/** Name → the ids of the entries that give it. */
function nameIndex(entries: readonly Entry[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const e of entries) {
    for (const name of new Set(namesOf(e))) {
      const ids = index.get(name) ?? [];
      ids.push(e.id);
      index.set(name, ids);
    }
  }
  return index;
}

export interface KeyProposals {
  /** Keys not in keys.json that name exactly one entry: written to keys.json. */
  proposed: Map<string, string>;
  /** Keys not in keys.json left to map by hand, with entries worth looking at. */
  unmapped: Array<{ use: KeyUse; exact: string[]; bySurface: string[]; near: string[] }>;
  /** Keys in keys.json that no annotation uses any more, and values that are not glossary ids. */
  unused: string[];
  badIds: string[];
}

const NEAR_LIMIT = 6;

/** Proposals for the keys that keys.json does not list, by exact match of the key with an entry's names. */
export function proposeKeys(
  uses: ReadonlyMap<string, KeyUse>,
  keys: Readonly<Record<string, string | null>>,
  entries: readonly Entry[],
): KeyProposals {
  const index = nameIndex(entries);
  const ids = new Set(entries.map((e) => e.id));
  const out: KeyProposals = { proposed: new Map(), unmapped: [], unused: [], badIds: [] };
  for (const use of uses.values()) {
    if (use.key in keys) continue;
    const exact = index.get(use.key) ?? [];
    if (exact.length === 1) {
      out.proposed.set(use.key, exact[0]);
      continue;
    }
    const bySurface = [...new Set([...use.surfaces].flatMap((s) => index.get(s) ?? []))];
    // Names that contain the key or that the key contains, closest in length first: a short title, a longer name.
    const near = [...index]
      .filter(([name]) => name.length >= 2 && name !== use.key && (name.includes(use.key) || use.key.includes(name)))
      .sort((a, b) => Math.abs(a[0].length - use.key.length) - Math.abs(b[0].length - use.key.length))
      .flatMap(([, found]) => found)
      .filter((id, i, all) => all.indexOf(id) === i && !exact.includes(id) && !bySurface.includes(id))
      .slice(0, NEAR_LIMIT);
    out.unmapped.push({ use, exact, bySurface, near });
  }
  for (const [key, id] of Object.entries(keys)) {
    if (!uses.has(key)) out.unused.push(key);
    if (id !== null && !ids.has(id)) out.badIds.push(`${key} → ${id}`);
  }
  return out;
}

/** keys.json in key order, so that additions by several people merge line by line. */
export function writeKeys(keys: Readonly<Record<string, string | null>>, path = KEYS_PATH): void {
  const sorted = Object.fromEntries(Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}
