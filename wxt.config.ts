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
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; contextMenus comes with the look-up command (issue 5). No host permission beyond the
    // content script's matches, no `tabs`: the popup talks to the active tab through the content script.
    permissions: ['storage'],
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
