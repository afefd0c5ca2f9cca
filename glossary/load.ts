/**
 * Reads every JSON file in glossary/data, validates each entry against the schema and checks what no single entry
 * can: unique ids, relations that resolve, surfaces claimed by two entries. Node-only (it reads files); the build,
 * the tests and the command-line tools share it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlossaryError, validateEntries, type Entry } from './schema';

/** The glossary's data; CPL_GLOSSARY_DIR points the build elsewhere (tests use it to build a broken glossary). */
export const DATA_DIR = process.env.CPL_GLOSSARY_DIR ?? fileURLToPath(new URL('./data/', import.meta.url));

export interface LoadedGlossary {
  entries: Entry[];
  /** The data file each entry came from, by id. */
  fileOf: Map<string, string>;
}

export function loadGlossary(dir = DATA_DIR): LoadedGlossary {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (!files.length) throw new GlossaryError(`${dir}: no glossary data files (*.json)`);
  const problems: string[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${shown}: not valid JSON: ${(error as Error).message}`);
      continue;
    }
    try {
      for (const entry of validateEntries(shown, data)) {
        const previous = fileOf.get(entry.id);
        if (previous) problems.push(`${shown}: entry "${entry.id}": field "id": already used in ${previous}`);
        fileOf.set(entry.id, shown);
        entries.push(entry);
      }
    } catch (error) {
      if (!(error instanceof GlossaryError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new GlossaryError(problems.join('\n'));
  return { entries, fileOf };
}

/** Relations naming an id that no entry has: "entry id: field: missing id". */
export function danglingRelations(entries: readonly Entry[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  const out: string[] = [];
  for (const e of entries) {
    for (const [field, value] of Object.entries(e.relations ?? {})) {
      for (const target of Array.isArray(value) ? value : [value]) {
        if (target === e.id) out.push(`entry "${e.id}": field "relations.${field}": points to itself`);
        else if (!ids.has(target)) out.push(`entry "${e.id}": field "relations.${field}": no entry "${target}"`);
      }
    }
  }
  return out;
}

/** Lineage links the other end does not return: a successor must name its predecessor, and back. */
export function oneWayLineage(entries: readonly Entry[]): string[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const e of entries) {
    for (const [field, back] of [
      ['predecessors', 'successors'],
      ['successors', 'predecessors'],
    ] as const) {
      for (const target of e.relations?.[field] ?? []) {
        const other = byId.get(target);
        if (other && !(other.relations?.[back] ?? []).includes(e.id))
          out.push(`entry "${e.id}": field "relations.${field}": "${target}" does not name it in relations.${back}`);
      }
    }
  }
  return out;
}
