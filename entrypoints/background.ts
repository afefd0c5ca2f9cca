/**
 * The background: the toolbar badge, the card's expanded details (so pages do not each carry every definition),
 * keyboard commands, and the context menu (look up a selection; turn the extension off or on for a site).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { entryById } from '../glossary/bundled';
import { t } from '../platform/i18n';
import { PDF_URL_PATTERNS, readerUrl } from '../platform/pdf-links';
import { COMMANDS, onMessages, sendToTab, type CommandName } from '../platform/messages';
import { loadSettings, siteDisabled, toggledSites, updateSettings } from '../platform/settings';
import { userEntry } from '../user-terms/entries';
import { USER_ID_PREFIX } from '../user-terms/schema';
import { loadUserTerms, userTermsItem } from '../user-terms/store';
import { refreshPackedTerms } from '../user-terms/packed';

const MENU_LOOKUP = 'cpl-lookup';
const MENU_SITE = 'cpl-site';
/** The marking engine and its styles, as built from entrypoints/content: declared for top frames, injected here. */
const ENGINE_JS = '/content-scripts/content.js';
const ENGINE_CSS = '/content-scripts/content.css';
const MENU_PDF_LINK = 'cpl-pdf-link';
const MENU_PDF_PAGE = 'cpl-pdf-page';

export default defineBackground(() => {
  // MV3 Chromium has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const menus = browser.contextMenus;

  onMessages({
    'page-terms': async ({ total }, { tabId }) => {
      if (tabId === undefined) return;
      await action.setBadgeBackgroundColor({ tabId, color: '#2563eb' });
      await action.setBadgeText({ tabId, text: total ? String(Math.min(total, 999)) : '' });
    },
    // A sub-frame's gate (entrypoints/frames.content) found text: load the engine into that frame alone.
    'frame-text': async (_, { tabId, frameId, url }) => {
      if (tabId === undefined || !frameId) return;
      const settings = await loadSettings();
      if (!settings.enabled || (url && siteDisabled(settings, hostOf(url)))) return;
      const target = { tabId, frameIds: [frameId] };
      try {
        await browser.scripting.insertCSS({ target, files: [ENGINE_CSS] });
        await browser.scripting.executeScript({ target, files: [ENGINE_JS] });
      } catch {
        // The frame navigated away or was removed meanwhile: its new document has a gate of its own.
      }
    },
    'entry-details': async ({ id }) => {
      const entry = id.startsWith(USER_ID_PREFIX)
        ? (await loadUserTerms()).map(userEntry).find((e) => e.id === id)
        : await entryById(id);
      if (!entry) return undefined;
      const { definition, sources, enUsage, docNumber, definedIn, legalDefinitionZh } = entry;
      return { definition, sources, enUsage, docNumber, definedIn, legalDefinitionZh };
    },
  });

  browser.commands.onCommand.addListener((name, tab) => {
    if (tab?.id !== undefined && (COMMANDS as readonly string[]).includes(name)) {
      void sendToTab(tab.id, 'command', { name: name as CommandName }).catch(() => undefined);
    }
  });

  // The user's terms compiled for the frames (user-terms/packed.ts): again after an update, and after any write of the
  // list that did not store a compiled form that fits it (an older version's, or one too big to write at once).
  const refreshTerms = () =>
    void loadUserTerms()
      .then(refreshPackedTerms)
      .catch(() => undefined);
  userTermsItem.watch(refreshTerms);
  browser.runtime.onStartup.addListener(refreshTerms);

  browser.runtime.onInstalled.addListener(() => {
    refreshTerms();
    void menus.removeAll().then(() => {
      menus.create({ id: MENU_LOOKUP, title: t('menuLookup'), contexts: ['selection'] });
      menus.create({ id: MENU_SITE, title: t('menuToggleSite'), contexts: ['page'] });
      menus.create({
        id: MENU_PDF_LINK,
        title: t('menuOpenPdf'),
        contexts: ['link'],
        targetUrlPatterns: PDF_URL_PATTERNS,
      });
      menus.create({
        id: MENU_PDF_PAGE,
        title: t('menuOpenPdf'),
        contexts: ['page'],
        documentUrlPatterns: PDF_URL_PATTERNS,
      });
    });
  });

  menus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === MENU_LOOKUP && info.selectionText) {
      const found =
        tab?.id !== undefined &&
        (await sendToTab(tab.id, 'lookup-selection', { text: info.selectionText }).then(
          (r) => r.found,
          () => false,
        ));
      if (!found) await openSearch(info.selectionText, tab?.id);
    }
    const pdf =
      info.menuItemId === MENU_PDF_LINK ? info.linkUrl : info.menuItemId === MENU_PDF_PAGE ? info.pageUrl : '';
    // The reader page fetches nothing until the reader presses its button there.
    if (pdf) await browser.tabs.create({ url: readerUrl(pdf) });
    if (info.menuItemId === MENU_SITE && info.pageUrl) {
      const host = new URL(info.pageUrl).hostname;
      await updateSettings({ sites: toggledSites(await loadSettings(), host) });
      if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
    }
  });

  function hostOf(url: string): string {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  }

  /** Opens the popup's search with `query`; where a popup cannot be opened from here, the same page in a tab. */
  async function openSearch(query: string, tabId?: number): Promise<void> {
    await browser.storage.local.set({ pendingQuery: query });
    try {
      await action.openPopup();
    } catch {
      // Opened as a tab, the popup names the page it is about, for its "On this page" list and site switch.
      const tab = tabId === undefined ? '' : `&tab=${tabId}`;
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(query)}${tab}`) });
    }
  }
});
