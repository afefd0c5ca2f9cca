/**
 * The permissions the built manifests ask for, exactly. Adding one means changing PERMISSIONS here and justifying it
 * in the README's "## Permissions" table, which this test reads too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILDS, manifest } from './built';

/**
 * storage: settings, the user's terms, recently viewed entries. contextMenus: the selection lookup and the per-site
 * switch. Not needed: `tabs` (the popup and background only use tab ids, tabs.sendMessage, tabs.reload and
 * tabs.create, none of which needs it), `activeTab` (nothing is injected on demand: the content script is declared),
 * host permissions (the content script's `matches` grant the only page access there is).
 */
const PERMISSIONS = ['contextMenus', 'storage'];

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
    expect([...m.permissions].sort()).toEqual(PERMISSIONS);
  });

  it('asks for a site only when the PDF reader fetches from it, as an optional grant', () => {
    const optional = build === 'firefox-mv2' ? m.optional_permissions : m.optional_host_permissions;
    expect(optional).toEqual(['http://*/*', 'https://*/*']);
  });

  it('has no host permission: page access is the content script alone, on every page and frame', () => {
    expect(m).not.toHaveProperty('host_permissions');
    expect(m.permissions.filter((p: string) => p.includes(':') || p.includes('<'))).toEqual([]);
    expect(m.content_scripts).toEqual([
      expect.objectContaining({ matches: ['<all_urls>'], all_frames: true, js: ['content-scripts/content.js'] }),
    ]);
  });

  it('exposes nothing to web pages', () => {
    expect(m).not.toHaveProperty('web_accessible_resources');
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
