import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { writeGlossaryFiles } from './glossary/build/files';
import { BUNDLE_FILE } from './matching/bundle';

/** pdf.js's CMaps and standard fonts, copied into the build as pdfjs/cmaps and pdfjs/standard_fonts for the PDF
 * reader (Chinese PDFs need the CMaps): extension files, never fetched from elsewhere. */
function pdfjsAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return ['cmaps', 'standard_fonts'].flatMap((dir) =>
    readdirSync(join(root, dir)).map((name) => ({
      absoluteSrc: join(root, dir, name),
      relativeDest: `pdfjs/${dir}/${name}`,
    })),
  );
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where `browser` or `defineContentScript` come from.
  imports: false,
  outDir: 'dist',
  vite: () => ({
    build: {
      target: 'es2022',
      // Both browsers preload modules natively; without Vite's polyfill the bundles make no fetch() at all.
      modulePreload: { polyfill: false },
      // CPL_NO_MINIFY=1 keeps function names, for reading CPU profiles of the content script.
      ...(process.env.CPL_NO_MINIFY ? { minify: false } : {}),
    },
  }),
  hooks: {
    // The frame gate runs in every frame: it gets the browser's own API instead of the polyfill (see the file).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0].name !== 'frames') return;
      const native = resolve('platform/native-browser.ts');
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'cpl-frame-gate-native-browser',
          enforce: 'pre',
          resolveId: (id) => (id === '@wxt-dev/webextension-polyfill/browser' || id === 'wxt/browser' ? native : null),
        },
      ];
    },
    'build:publicAssets': (wxt, assets) => {
      assets.push(...pdfjsAssets(), ...writeGlossaryFiles(join(wxt.config.wxtDir, 'cpl')));
    },
  },
  zip: {
    // The Firefox build also writes a sources zip for AMO's reviewers: what `npm install && npm run build` needs and
    // nothing else (WXT already leaves out dotfiles, node_modules, dist and *.test.ts). scripts/check-sources-zip.mjs
    // rebuilds from it and compares the result with the Firefox zip, file by file.
    excludeSources: [
      'cli/**', // the command-line tools (scan, eval, glossary check, report, export)
      'eval/**', // the eval's scoring, used by `npm run eval` and its tests
      'docs/**', // README screenshots
      'corpus/**', // the coverage corpus, restored by scripts/restore-coverage-corpus.mjs (not in git)
      'scripts/**', // test runner, benchmarks, maintenance tools
      'tests/**',
      'test-artifacts/**',
      'prof.mts',
      'stats.html',
      '*.log',
      'vitest.*config.ts',
      'eslint.config.mjs', // lint rules, not build input
      'knip.jsonc', // the dead-code check's settings
      'glossary/plan/**', // the coverage plans (`npm run glossary:report` reads them)
      'glossary/AUTHORING.md',
      'glossary/tbx/**', // the TBX grammar the unit tests validate exports against
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, the user's terms, recent entries. contextMenus: "Look up in China Policy Lens" and the
    // per-site switch. No host permission beyond the content script's matches, no `tabs`, no `activeTab`: the popup
    // talks to the active tab through the content script. Changing this list means changing the README's
    // "## Permissions" table and tests/dist/manifest.test.ts, which compares the two with the built manifests.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-marking': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggle__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPrevious__' },
    },
    action: { default_title: '__MSG_extName__' },
    // The content engine's glossary file (platform/glossary-file.ts): Chromium lets content scripts fetch an
    // extension file only if it is web-accessible; at a per-session address, so pages cannot probe for it.
    // Firefox's content scripts read their extension's files without this.
    ...(browser === 'firefox'
      ? {}
      : { web_accessible_resources: [{ resources: [BUNDLE_FILE], matches: ['<all_urls>'], use_dynamic_url: true }] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id lets tests (and users' settings sync) recognise the add-on across installs.
            gecko: {
              id: 'china-policy-lens@cpl.example',
              // 140 (an ESR) is the first Firefox that reads `data_collection_permissions`; 142 on Android.
              strict_min_version: '140.0',
              // Firefox's built-in data consent, which AMO requires of new add-ons: the extension collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
