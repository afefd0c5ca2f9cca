/**
 * User settings, kept in extension storage (synced where the browser supports it). Versioned: each release that
 * changes the shape adds a migration, so what earlier versions stored is carried forward, never lost.
 */
import { storage } from 'wxt/utils/storage';
import { CARD_DWELL_MS } from './constants';

export const MODIFIERS = ['Alt', 'Shift', 'Control', 'Meta'] as const;
export type Modifier = (typeof MODIFIERS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const SCRIPTS = ['auto', 'simplified', 'traditional'] as const;
export type ScriptPreference = (typeof SCRIPTS)[number];

export interface Settings {
  /** Mark glossary terms on pages. Pages loaded after turning it off are not marked. */
  enabled: boolean;
  /** How long the pointer rests on a term before its card opens, in ms. */
  dwellMs: number;
  /** The key that opens a card at once while held. */
  modifier: Modifier;
  /** Open cards only while the modifier is held. */
  requireModifier: boolean;
  theme: Theme;
  /** Chinese script shown first on the card; `auto` follows the page's language. */
  script: ScriptPreference;
  /** Host names where the extension stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  dwellMs: CARD_DWELL_MS,
  modifier: 'Alt',
  requireModifier: false,
  theme: 'system',
  script: 'auto',
  disabledSites: [],
};

/** Version 1 stored only `enabled`. */
export function migrateV1toV2(old: { enabled?: boolean }): Settings {
  return { ...DEFAULT_SETTINGS, enabled: old.enabled ?? DEFAULT_SETTINGS.enabled };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateV1toV2 },
});

/** Stored settings over the defaults, so that a field added in a later version has its default. */
export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Whether the extension is off on this host name (a listed site covers its subdomains). */
export function siteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
