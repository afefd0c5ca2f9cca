/** Entries the reader opened in the popup lately, newest first: the popup's empty state offers them again. */
import { storage } from 'wxt/utils/storage';
import { RECENT_ENTRIES_MAX } from '../../platform/constants';

export const recentItem = storage.defineItem<string[]>('local:recentEntries', { fallback: [], version: 1 });

/** The list with `id` moved to the front, at most RECENT_ENTRIES_MAX long. */
export function withRecent(list: readonly string[], id: string): string[] {
  return [id, ...list.filter((x) => x !== id)].slice(0, RECENT_ENTRIES_MAX);
}

export async function rememberEntry(id: string): Promise<void> {
  await recentItem.setValue(withRecent(await recentItem.getValue(), id));
}
