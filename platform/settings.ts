/**
 * User settings, kept in extension storage (synced where the browser supports it). Versioned: each release that
 * changes the shape adds a migration, so what earlier versions stored is carried forward, never lost.
 */
import { storage } from 'wxt/utils/storage';
import { ENTRY_TYPES, type EntryType, type Status } from '../glossary/schema';
import { CARD_DWELL_MS } from './constants';
import {
  COLOUR_NAMES,
  DEFAULT_COLOURS,
  DEFAULT_STYLE,
  HIGHLIGHT_STYLES,
  type Colour,
  type HighlightStyle,
} from './highlight-styles';

export const MODIFIERS = ['Alt', 'Shift', 'Control', 'Meta'] as const;
export type Modifier = (typeof MODIFIERS)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const SCRIPTS = ['auto', 'simplified', 'traditional'] as const;
export type ScriptPreference = (typeof SCRIPTS)[number];
/** `except`: on everywhere but the listed sites; `only`: on the listed sites alone. */
export const SITE_MODES = ['except', 'only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/** Statuses of bodies and texts that no longer exist or apply under that name: marked unless the reader hides them. */
export const INACTIVE_STATUSES: readonly Status[] = ['abolished', 'renamed', 'superseded', 'expired', 'historical'];

export interface Settings {
  /** Mark glossary terms on pages. Pages loaded after turning it off are not marked. */
  enabled: boolean;
  /** Which entry types are marked. */
  markTypes: Record<EntryType, boolean>;
  /** Mark abolished, renamed, superseded, expired and historical entries too. */
  markInactive: boolean;
  /** How marks are drawn; with `none` nothing is drawn but hovering a term still opens its card. */
  highlightStyle: HighlightStyle;
  colours: Record<EntryType, Colour>;
  /** How long the pointer rests on a term before its card opens, in ms. */
  dwellMs: number;
  /** The key that opens a card at once while held. */
  modifier: Modifier;
  /** Open cards only while the modifier is held. */
  requireModifier: boolean;
  theme: Theme;
  /** Chinese script shown first on the card; `auto` follows the page's language. */
  script: ScriptPreference;
  siteMode: SiteMode;
  /** Host names: where the extension stays off (`except`) or the only ones where it runs (`only`). */
  sites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  markTypes: { agency: true, law: true, policy: true },
  markInactive: true,
  highlightStyle: DEFAULT_STYLE,
  colours: { ...DEFAULT_COLOURS },
  dwellMs: CARD_DWELL_MS,
  modifier: 'Alt',
  requireModifier: false,
  theme: 'system',
  script: 'auto',
  siteMode: 'except',
  sites: [],
};

/** What version 2 stored. */
export interface SettingsV2 {
  enabled: boolean;
  dwellMs: number;
  modifier: Modifier;
  requireModifier: boolean;
  theme: Theme;
  script: ScriptPreference;
  disabledSites: string[];
}

/** Version 1 stored only `enabled`. */
export function migrateV1toV2(old: { enabled?: boolean }): SettingsV2 {
  const { enabled, dwellMs, modifier, requireModifier, theme, script } = DEFAULT_SETTINGS;
  return { enabled: old.enabled ?? enabled, dwellMs, modifier, requireModifier, theme, script, disabledSites: [] };
}

/** Version 3 added what is marked and how, and the "only on listed sites" mode; the list of off sites carries over. */
export function migrateV2toV3(old: Partial<SettingsV2>): Settings {
  const { disabledSites, ...rest } = old;
  return { ...DEFAULT_SETTINGS, ...rest, siteMode: 'except', sites: Array.isArray(disabledSites) ? disabledSites : [] };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: migrateV1toV2, 3: migrateV2toV3 },
});

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  (values as readonly unknown[]).includes(value) ? (value as T) : fallback;

/**
 * Stored settings over the defaults, each field checked: a field added in a later version gets its default, and a
 * value synced from another profile that this version does not know falls back rather than breaking a page.
 */
export function normalizeSettings(stored: Partial<Settings> | null | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
  const d = DEFAULT_SETTINGS;
  const byType = <V>(value: unknown, check: (v: unknown) => v is V, fallback: Record<EntryType, V>) =>
    Object.fromEntries(
      ENTRY_TYPES.map((t) => {
        const v = (value as Record<string, unknown> | undefined)?.[t];
        return [t, check(v) ? v : fallback[t]];
      }),
    ) as Record<EntryType, V>;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : d.enabled,
    markTypes: byType(s.markTypes, (v): v is boolean => typeof v === 'boolean', d.markTypes),
    markInactive: typeof s.markInactive === 'boolean' ? s.markInactive : d.markInactive,
    highlightStyle: oneOf(HIGHLIGHT_STYLES, s.highlightStyle, d.highlightStyle),
    colours: byType(s.colours, (v): v is Colour => (COLOUR_NAMES as unknown[]).includes(v), d.colours),
    dwellMs: typeof s.dwellMs === 'number' && Number.isFinite(s.dwellMs) ? s.dwellMs : d.dwellMs,
    modifier: oneOf(MODIFIERS, s.modifier, d.modifier),
    requireModifier: typeof s.requireModifier === 'boolean' ? s.requireModifier : d.requireModifier,
    theme: oneOf(THEMES, s.theme, d.theme),
    script: oneOf(SCRIPTS, s.script, d.script),
    siteMode: oneOf(SITE_MODES, s.siteMode, d.siteMode),
    sites: Array.isArray(s.sites) ? s.sites.filter((x): x is string => typeof x === 'string') : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Whether a host name is on the list (a listed site covers its subdomains). */
export function siteListed(settings: Pick<Settings, 'sites'>, host: string): boolean {
  return settings.sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether the extension is off on this host name. */
export function siteDisabled(settings: Pick<Settings, 'sites' | 'siteMode'>, host: string): boolean {
  return settings.siteMode === 'only' ? !siteListed(settings, host) : siteListed(settings, host);
}

/**
 * The site list after turning the extension off or on for `host` (popup, context menu): in either mode that is
 * adding or removing the host, or, when a listed parent domain covers it, removing that parent.
 */
export function toggledSites(settings: Pick<Settings, 'sites'>, host: string): string[] {
  if (!siteListed(settings, host)) return [...settings.sites, host];
  return settings.sites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
}

/** Whether an entry of this type and status is marked on pages. */
export function marksEntry(
  settings: Pick<Settings, 'markTypes' | 'markInactive'>,
  type: EntryType,
  status: Status,
): boolean {
  return settings.markTypes[type] && (settings.markInactive || !INACTIVE_STATUSES.includes(status));
}
