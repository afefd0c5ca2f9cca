/** Every field of every entry, for the popup's search and entry view. */
import glossary from 'virtual:cpl-glossary';

export const entries = glossary.entries;

const byId = new Map(entries.map((e, i) => [e.id, i]));
export function entryById(id: string) {
  const index = byId.get(id);
  return index === undefined ? undefined : entries[index];
}
