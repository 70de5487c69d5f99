import { siteForHost, siteForParameter } from '../catalog/catalog';
import type { MarketplaceSite } from '../model/marketplace';
import { activeTabUrl } from '../platform/tabs';

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

  const url = await activeTabUrl();
  if (!url) return undefined;
  try {
    return siteForHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}
