import browser from 'webextension-polyfill';

/** The URL of the active tab of the current window, when we may see it (catalogued hosts only). */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

/** Every open tab; `url` only where we may see it (catalogued hosts, or all with the watch on). */
export async function openTabs(): Promise<{ id: number; url: string | undefined }[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [{ id: tab.id, url: tab.url }]));
}

/** The extension pages opened as tabs, and their address. */
export const EXTENSION_PAGES = {
  hijacked: 'src/pages/hijacked/hijacked.html',
  options: 'src/pages/options/options.html',
  welcome: 'src/pages/welcome/welcome.html',
} as const;

export function extensionPageUrl(page: keyof typeof EXTENSION_PAGES): string {
  return browser.runtime.getURL(EXTENSION_PAGES[page]);
}

/** Opens one of our pages in a new tab (the welcome page; the response page from an alert). */
export async function openExtensionPage(page: keyof typeof EXTENSION_PAGES, query = ''): Promise<void> {
  await browser.tabs.create({ url: query ? `${extensionPageUrl(page)}?${query}` : extensionPageUrl(page) });
}

/**
 * Whether this extension page fills a tab rather than the toolbar's popup: Firefox for Android
 * opens the popup as a tab, and the popup opens in one with `?site=`. Tabs get a fluid layout.
 */
export async function shownInTab(): Promise<boolean> {
  return (await browser.tabs.getCurrent().catch(() => undefined)) !== undefined;
}
