/**
 * User settings, kept in extension storage (synced where the browser supports it). Versioned so that later
 * releases can migrate what earlier ones stored without losing it.
 */
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Mark glossary terms on pages. Pages loaded after turning it off are not marked. */
  enabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true };

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Stored settings over the defaults, so that a field added in a later version has its default. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
