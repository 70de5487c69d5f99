import browser from 'webextension-polyfill';

/** The match pattern covering `url`'s host (`https://mirror.example/*`; patterns match any port). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url.replace('{prefix}', 'PREFIX'));
  return `${protocol}//${hostname}/*`;
}

export function hasHostPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}

/** Must run in a user gesture (a click on Save): the browser asks the user. */
export function requestHostPermission(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

/** The manifest's own hosts: the marketplaces and the range API. */
function installedHosts(): { origins: string[] } {
  return { origins: browser.runtime.getManifest().host_permissions ?? [] };
}

/**
 * Whether the browser still lets the guard on every marketplace and reach the range API. The user
 * can withhold them in the browser's site-access menu, and older versions lost them in Chromium on
 * "Delete all data" (see `removeAllSitesPermission`); the guard then does nothing, silently.
 */
export function hasInstalledHosts(): Promise<boolean> {
  return browser.permissions.contains(installedHosts());
}

/** Must run in a user gesture (a click): the browser asks the user to give the hosts back. */
export function requestInstalledHosts(): Promise<boolean> {
  return browser.permissions.request(installedHosts());
}

/** The optional all-sites permission behind the opt-in reuse watch. */
export const ALL_SITES = { origins: ['https://*/*'] };

export function hasAllSitesPermission(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

export function requestAllSitesPermission(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES);
}

/**
 * Gives the all-sites permission back where the browser takes only that. Chromium revokes every
 * granted host the removed pattern covers, the manifest's own included, whether the pattern itself
 * was granted or not (Chromium 156: removing the all-sites pattern cuts off the range API and every
 * marketplace, and reloading the extension does not bring them back). There the grant stays,
 * unused: with the setting off the watch registers nothing, and the browser's site-access menu
 * withdraws it. Firefox removes the pattern alone.
 */
export async function removeAllSitesPermission(): Promise<boolean> {
  if (!removesPatternAlone() || !(await hasAllSitesPermission())) return false;
  return browser.permissions.remove(ALL_SITES);
}

/** Firefox (the only engine with `runtime.getBrowserInfo`) removes exactly the pattern it is given. */
function removesPatternAlone(): boolean {
  return 'getBrowserInfo' in browser.runtime;
}
