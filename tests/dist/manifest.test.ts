/**
 * The permissions the built manifests ask for, exactly. Adding one means changing PERMISSIONS here and justifying it
 * in the README's "## Permissions" table, which this test reads too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, manifest } from './built';

/**
 * storage: settings, the user's terms, recently viewed entries. contextMenus: the selection lookup and the per-site
 * switch. scripting: the background injects the marking engine into a sub-frame once that frame has text. Not
 * needed: `tabs` (the popup and background only use tab ids, tabs.sendMessage, tabs.reload and tabs.create, none of
 * which needs it), `activeTab` (it grants one tab on a click; marking needs every page as it loads).
 */
const PERMISSIONS = ['contextMenus', 'scripting', 'storage'];
/**
 * The host permission that injecting into frames needs in both browsers (declared content-script matches do not
 * grant it): the same pages as the content scripts' matches, so the install prompt says the same.
 */
const HOSTS = ['<all_urls>'];
const isHost = (p: string) => p.includes(':') || p.includes('<');

/** The permission names in the first column of the README's "## Permissions" table. */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README.md has no "## Permissions" section');
  return [...section.matchAll(/^\| `([a-zA-Z]+)` \|/gm)].map((m) => m[1]!);
}

describe.each(BUILDS)('the %s manifest', (build) => {
  const m = manifest(build);

  it('asks for exactly the justified permissions', () => {
    expect(m.permissions.filter((p: string) => !isHost(p)).sort()).toEqual(PERMISSIONS);
    expect(m).not.toHaveProperty('optional_permissions');
  });

  it('asks for hosts only where the content scripts run: the engine on top frames, the gate on every frame', () => {
    // MV3 lists hosts apart; MV2 among the permissions.
    const hosts = build === 'chrome-mv3' ? m.host_permissions : m.permissions.filter(isHost);
    expect(hosts).toEqual(HOSTS);
    if (build !== 'chrome-mv3') expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m.content_scripts).toEqual([
      expect.objectContaining({
        matches: HOSTS,
        all_frames: false,
        js: ['content-scripts/content.js'],
      }),
      expect.objectContaining({ matches: HOSTS, all_frames: true, js: ['content-scripts/frames.js'] }),
    ]);
  });

  it('exposes to web pages only the glossary file, in Chromium, at an address that changes every session', () => {
    // Chromium's content scripts can fetch an extension file only if it is web-accessible; Firefox's need no entry.
    if (build === 'chrome-mv3')
      expect(m.web_accessible_resources).toEqual([
        { resources: ['glossary.bin'], matches: ['<all_urls>'], use_dynamic_url: true },
      ]);
    else expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('externally_connectable');
  });
});

describe('the Firefox manifest', () => {
  const gecko = manifest('firefox-mv2').browser_specific_settings?.gecko;

  it('has a fixed add-on id and declares that no data is collected', () => {
    expect(gecko.id).toBe('china-policy-lens@cpl.example');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the README', () => {
  it('justifies exactly the permissions the manifests ask for', () => {
    expect(readmePermissions().sort()).toEqual(PERMISSIONS);
  });
});
