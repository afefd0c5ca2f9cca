/**
 * Every field of every entry, for the popup's search and entry view and the background's card details: JSON files in
 * the extension (`glossary-entries.json` names the parts; written at build time by glossary/build/files.ts),
 * read once per page that needs them. Not a module, and in parts: as a script, or as one file, the entries passed the
 * 5 MB that Mozilla's add-on linter parses.
 */
import { ENTRIES_FILE } from '../matching/bundle';
import type { CompiledEntry } from '../matching/model';
import { fetchExtensionFile } from '../platform/glossary-file';

interface LoadedEntries {
  entries: CompiledEntry[];
  byId: Map<string, CompiledEntry>;
}

let loading: Promise<LoadedEntries> | undefined;
let loaded: LoadedEntries | undefined;

/** The bundled entries if they have been read, else undefined. */
export function loadedEntries(): LoadedEntries | undefined {
  return loaded;
}

/** The bundled entries, read from the extension the first time they are asked for. */
export function loadEntries(): Promise<LoadedEntries> {
  loading ??= fetchExtensionFile(ENTRIES_FILE)
    .then((response) => response.json() as Promise<{ parts: string[] }>)
    .then(({ parts }) =>
      Promise.all(parts.map((part) => fetchExtensionFile(part).then((r) => r.json() as Promise<CompiledEntry[]>))),
    )
    .then((parts) => {
      const entries = parts.flat();
      loaded = { entries, byId: new Map(entries.map((e) => [e.id, e])) };
      return loaded;
    });
  loading.catch(() => (loading = undefined));
  return loading;
}

export async function entryById(id: string): Promise<CompiledEntry | undefined> {
  return (await loadEntries()).byId.get(id);
}
