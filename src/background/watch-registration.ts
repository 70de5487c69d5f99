import browser from 'webextension-polyfill';
import { readSettings } from '../shared/settings';
import { catalogMatchPatterns } from '../sites/catalog';
import watchScript from '../content/watch-main.ts?script&iife';

export const ALL_SITES = ['https://*/*'];
const WATCH_SCRIPT_ID = 'reuse-watch';

/**
 * Keeps the all-sites watcher registered exactly while the user wants it and the optional
 * permission is granted; withdrawing either removes it.
 */
export async function syncWatchRegistration(): Promise<boolean> {
  const [settings, granted] = await Promise.all([
    readSettings(),
    browser.permissions.contains({ origins: ALL_SITES }),
  ]);
  const wanted = settings.watchAllSites && granted;
  const registered =
    (await chrome.scripting.getRegisteredContentScripts({ ids: [WATCH_SCRIPT_ID] })).length > 0;
  if (wanted && !registered) {
    await chrome.scripting.registerContentScripts([
      {
        id: WATCH_SCRIPT_ID,
        matches: ALL_SITES,
        // Marketplaces already run the full content script.
        excludeMatches: catalogMatchPatterns(),
        js: [watchScript],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!wanted && registered) {
    await chrome.scripting.unregisterContentScripts({ ids: [WATCH_SCRIPT_ID] });
  }
  return wanted;
}
