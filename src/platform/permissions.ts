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

/** The optional all-sites permission behind the opt-in reuse watch. */
export const ALL_SITES = { origins: ['https://*/*'] };

export function hasAllSitesPermission(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

export function requestAllSitesPermission(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES);
}

export function removeAllSitesPermission(): Promise<boolean> {
  return browser.permissions.remove(ALL_SITES);
}
