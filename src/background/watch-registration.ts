import { catalogMatchPatterns } from '../catalog/catalog';
import { ALL_SITES, hasAllSitesPermission } from '../platform/permissions';
import { isScriptRegistered, registerScript, unregisterScript } from '../platform/script-registration';
import { readSettings } from '../platform/settings';
// The build compiles the watcher and gives its file name; the worker never runs it.
import watchScript from '../content/watch-main.ts?script&iife';

const WATCH_SCRIPT_ID = 'reuse-watch';

/**
 * Keeps the all-sites watcher registered exactly while the user wants it and the optional
 * permission is granted; withdrawing either removes it.
 */
export async function syncWatchRegistration(): Promise<boolean> {
  const [settings, granted] = await Promise.all([readSettings(), hasAllSitesPermission()]);
  const wanted = settings.watchAllSites && granted;
  const registered = await isScriptRegistered(WATCH_SCRIPT_ID);
  if (wanted && !registered) {
    // Marketplaces already run the full content script.
    await registerScript({
      id: WATCH_SCRIPT_ID,
      matches: ALL_SITES.origins,
      excludeMatches: catalogMatchPatterns(),
      file: watchScript,
    });
  } else if (!wanted && registered) {
    await unregisterScript(WATCH_SCRIPT_ID);
  }
  return wanted;
}
