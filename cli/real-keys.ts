/**
 * `npm run real -- keys`: maps the real set's keys to glossary entries in tests/fixtures/real/keys.json. Writes the
 * keys that name exactly one entry, never changing a value already there, and prints the keys left to map by hand
 * with the entries worth a look. `keys set KEY ID|null ...` records decisions; `keys gaps` lists the keys mapped to
 * null (the glossary's gaps) by category, on the working set, with only a count for keys used in held-back texts alone;
 * `keys nulls [--write]` lists the keys mapped to null that now name exactly one entry (after a glossary round), and
 * maps them with --write.
 */
import { compileGlossary } from '../glossary/build/compile';
import { loadGlossary } from '../glossary/load';
import type { Entry } from '../glossary/schema';
import { Matcher } from '../matching/matcher';
import { KEYS_PATH, loadKeys, readAnnotation, type RealSource } from '../eval/real-set';
import { keyUses, proposeKeys, writeKeys } from '../eval/real-keys';

export function keysCommand(sources: readonly RealSource[], args: string[]): number {
  const entries = loadGlossary().entries;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const uses = keyUses(sources, readAnnotation);
  const keys = loadKeys();
  const label = (id: string) => `${id} (${byId.get(id)?.zh ?? '?'} / ${byId.get(id)?.en ?? 'no such entry'})`;

  if (args[0] === 'set') {
    const pairs = args.slice(1);
    const bad = pairs.filter((v, i) => i % 2 === 1 && v !== 'null' && !byId.has(v));
    if (!pairs.length || pairs.length % 2 || bad.length) {
      console.error(
        `usage: npm run real -- keys set KEY ID|null [KEY ID|null ...] (each ID a glossary entry id${bad.length ? `; not ids: ${bad.join(', ')}` : ''})`,
      );
      return 2;
    }
    const next = { ...keys };
    for (let i = 0; i < pairs.length; i += 2) {
      const [key, value] = [pairs[i], pairs[i + 1]];
      if (!uses.has(key)) console.warn(`note: no annotation uses the key "${key}"`);
      next[key] = value === 'null' ? null : value;
      console.log(`${key} → ${value === 'null' ? 'null' : label(value)}`);
    }
    writeKeys(next);
    return 0;
  }

  if (args[0] === 'gaps') {
    const byCat = new Map<string, string[]>();
    let heldBackOnly = 0;
    for (const use of uses.values()) {
      if (keys[use.key] !== null) continue;
      if (use.heldBackOnly) {
        heldBackOnly++;
        continue;
      }
      const cat = [...use.cats].join('/');
      byCat.set(cat, [...(byCat.get(cat) ?? []), `${use.key} (${[...use.surfaces].join(', ')})`]);
    }
    for (const [cat, list] of [...byCat].sort()) {
      console.log(`${cat} (${list.length}):`);
      for (const line of list.sort()) console.log(`  ${line}`);
    }
    console.log(`and ${heldBackOnly} null keys used only in held-back texts (not listed)`);
    return 0;
  }

  if (args[0] === 'nulls') {
    const nulls = Object.keys(keys).filter((k) => keys[k] === null);
    const withoutNulls = Object.fromEntries(Object.entries(keys).filter(([, v]) => v !== null));
    const found = [...proposeKeys(uses, withoutNulls, entries).proposed].filter(([k]) => nulls.includes(k));
    for (const [key, id] of found) console.log(`  ${key} → ${label(id)}`);
    console.log(`${found.length} of ${nulls.length} null keys now name exactly one entry`);
    if (args.includes('--write') && found.length) writeKeys({ ...keys, ...Object.fromEntries(found) });
    return 0;
  }

  const p = proposeKeys(uses, keys, entries);
  if (p.proposed.size) {
    writeKeys({ ...keys, ...Object.fromEntries(p.proposed) });
    console.log(`proposed by exact name, written to ${KEYS_PATH} (check each):`);
    for (const [key, id] of p.proposed) console.log(`  ${key} → ${label(id)}`);
  }
  if (p.unmapped.length) {
    console.log(`left to map by hand (npm run real -- keys set KEY ID|null):`);
    const inside = namesInside(entries);
    for (const { use, exact, bySurface, near } of p.unmapped) {
      console.log(`  ${use.key} [${[...use.cats].join('/')}] as ${[...use.surfaces].join(', ')}`);
      if (exact.length) console.log(`      same name: ${exact.map(label).join('; ')}`);
      if (bySurface.length) console.log(`      by surface: ${bySurface.map(label).join('; ')}`);
      if (near.length) console.log(`      near: ${near.map(label).join('; ')}`);
      const within = inside([use.key, ...use.surfaces]).filter(
        ([id]) => ![...exact, ...bySurface, ...near].includes(id),
      );
      if (within.length)
        console.log(`      names inside: ${within.map(([id, t]) => `${id} (${t.join(', ')})`).join('; ')}`);
    }
  }
  for (const key of p.unused) console.log(`no annotation uses "${key}" any more: remove it from keys.json`);
  for (const bad of p.badIds) console.log(`not a glossary id: ${bad}`);
  const all = { ...keys, ...Object.fromEntries(p.proposed) };
  const values = Object.values(all);
  console.log(
    `${uses.size} keys in use (traps not counted): ${values.filter((v) => v !== null).length} mapped, ` +
      `${values.filter((v) => v === null).length} null, ${p.unmapped.length} left to map`,
  );
  return p.unmapped.length || p.badIds.length ? 1 : 0;
}

/**
 * The entries whose names the matcher finds inside the key or its surfaces, in any script or inflection: a broader
 * body inside an office's title, a law inside a longer title. Raw matches, before the document rules, as hints only.
 */
function namesInside(entries: readonly Entry[]) {
  const glossary = compileGlossary(entries);
  const matcher = new Matcher(glossary.surfaces);
  return (texts: readonly string[]): Array<[string, string[]]> => {
    const found = new Map<string, Set<string>>();
    for (const text of texts) {
      for (const m of matcher.match(text)) {
        const id = glossary.entries[m.entry].id;
        found.set(id, (found.get(id) ?? new Set()).add(text.slice(m.start, m.end)));
      }
    }
    return [...found].map(([id, t]) => [id, [...t]]);
  };
}
