/**
 * The background: keeps the toolbar badge showing how many terms the active page has.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages } from '../lib/messages';

export default defineBackground(() => {
  // MV3 Chromium has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  onMessages({
    'page-terms': async ({ total }, { tabId }) => {
      if (tabId === undefined) return;
      await action.setBadgeBackgroundColor({ tabId, color: '#2563eb' });
      await action.setBadgeText({ tabId, text: total ? String(Math.min(total, 999)) : '' });
    },
  });
});
