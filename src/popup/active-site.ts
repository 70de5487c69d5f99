import browser from 'webextension-polyfill';
import { siteForHost, siteForParameter } from '../sites/catalog';
import type { MarketplaceSite } from '../sites/types';

/**
 * The site the popup is about: `?site=` when opened as a page (test contract), else the active
 * tab. Tab URLs are visible only for hosts we have permission for, which is exactly the catalog.
 */
export async function activeSite(): Promise<MarketplaceSite | undefined> {
  const query = new URLSearchParams(location.search);
  // `id` tells apart sites sharing a registrable domain (Mercari Japan and US).
  const id = query.get('id');
  const parameter = query.get('site');
  if (id !== null || parameter !== null)
    return siteForParameter(id ?? '') ?? siteForParameter(parameter ?? '');

  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return undefined;
  try {
    return siteForHost(new URL(tab.url).hostname);
  } catch {
    return undefined;
  }
}
