import { defineConfig } from 'wxt';
import { glossaryPlugin } from './glossary/vite-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where `browser` or `defineContentScript` come from.
  imports: false,
  outDir: 'dist',
  vite: () => ({
    plugins: [glossaryPlugin()],
    // CPL_NO_MINIFY=1 keeps function names, for reading CPU profiles of the content script.
    build: { target: 'es2022', ...(process.env.CPL_NO_MINIFY ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. contextMenus: "Look up in China Policy Lens" and the per-site switch. No host permission
    // beyond the content script's matches, no `tabs`: the popup talks to the active tab through the content script.
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-marking': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggle__' },
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNext__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPrevious__' },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id lets tests (and users' settings sync) recognise the add-on across installs.
            gecko: { id: 'china-policy-lens@cpl.example', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
