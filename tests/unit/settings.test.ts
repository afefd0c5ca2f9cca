import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  marksEntry,
  migrateV1toV2,
  migrateV2toV3,
  normalizeSettings,
  siteDisabled,
  toggledSites,
} from '../../platform/settings';

describe('settings migrations', () => {
  it('carries version 1 forward: only `enabled` existed', () => {
    const v3 = migrateV2toV3(migrateV1toV2({ enabled: false }));
    expect(v3).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('carries version 2 forward: the off sites become the site list in the same mode', () => {
    const v2 = {
      enabled: true,
      dwellMs: 600,
      modifier: 'Shift' as const,
      requireModifier: true,
      theme: 'dark' as const,
      script: 'traditional' as const,
      disabledSites: ['example.com', 'news.example.org'],
    };
    const v3 = migrateV2toV3(v2);
    expect(v3).toEqual({
      ...DEFAULT_SETTINGS,
      dwellMs: 600,
      modifier: 'Shift',
      requireModifier: true,
      theme: 'dark',
      script: 'traditional',
      siteMode: 'except',
      sites: ['example.com', 'news.example.org'],
    });
    expect(v3).not.toHaveProperty('disabledSites');
    expect(siteDisabled(v3, 'www.example.com')).toBe(true);
  });

  describe('in extension storage', () => {
    beforeEach(() => {
      fakeBrowser.reset();
      vi.resetModules();
    });
    const load = async () => (await import('../../platform/settings')).loadSettings();

    it('migrates what version 2 stored when the new version first reads it', async () => {
      await fakeBrowser.storage.sync.set({
        settings: {
          enabled: false,
          dwellMs: 500,
          modifier: 'Alt',
          requireModifier: false,
          theme: 'light',
          script: 'auto',
          disabledSites: ['a.example'],
        },
        settings$: { v: 2 },
      });
      const s = await load();
      expect(s).toMatchObject({
        enabled: false,
        dwellMs: 500,
        theme: 'light',
        sites: ['a.example'],
        siteMode: 'except',
        markInactive: true,
      });
      const { settings, settings$ } = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
      expect(settings$).toEqual({ v: 3 });
      expect(settings).not.toHaveProperty('disabledSites');
    });

    it('migrates what version 1 stored', async () => {
      await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
      expect(await load()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    });

    it('gives the defaults on a fresh install', async () => {
      expect(await load()).toEqual(DEFAULT_SETTINGS);
    });
  });
});

describe('normalizeSettings', () => {
  it('replaces values this version does not know, field by field', () => {
    const s = normalizeSettings({
      theme: 'sepia',
      highlightStyle: 'wavy',
      colours: { agency: 'pink', law: 'green' },
      markTypes: { law: false, policy: 'no' },
      sites: ['ok.example', 3],
      dwellMs: Number.NaN,
    } as never);
    expect(s.theme).toBe('system');
    expect(s.highlightStyle).toBe('underline');
    expect(s.colours).toEqual({ agency: 'blue', law: 'green', policy: 'violet' });
    expect(s.markTypes).toEqual({ agency: true, law: false, policy: true });
    expect(s.sites).toEqual(['ok.example']);
    expect(s.dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
  });
});

describe('sites', () => {
  it('turns a site off and on again in either mode, a listed domain covering its subdomains', () => {
    const except = { ...DEFAULT_SETTINGS, sites: ['example.com'] };
    expect(siteDisabled(except, 'www.example.com')).toBe(true);
    expect(siteDisabled(except, 'example.org')).toBe(false);
    const on = { ...except, sites: toggledSites(except, 'www.example.com') };
    expect(on.sites).toEqual([]);
    expect(siteDisabled(on, 'www.example.com')).toBe(false);

    const only = { ...DEFAULT_SETTINGS, siteMode: 'only' as const, sites: ['example.com'] };
    expect(siteDisabled(only, 'www.example.com')).toBe(false);
    expect(siteDisabled(only, 'example.org')).toBe(true);
    const added = { ...only, sites: toggledSites(only, 'example.org') };
    expect(siteDisabled(added, 'example.org')).toBe(false);
  });
});

describe('marksEntry', () => {
  it('follows the types chosen and hides inactive entries on request', () => {
    expect(marksEntry(DEFAULT_SETTINGS, 'agency', 'abolished')).toBe(true);
    expect(marksEntry({ ...DEFAULT_SETTINGS, markInactive: false }, 'agency', 'abolished')).toBe(false);
    expect(marksEntry({ ...DEFAULT_SETTINGS, markInactive: false }, 'law', 'in-force')).toBe(true);
    expect(
      marksEntry({ ...DEFAULT_SETTINGS, markTypes: { agency: true, law: false, policy: true } }, 'law', 'in-force'),
    ).toBe(false);
  });
});
