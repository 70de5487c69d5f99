import type { SiteAddress } from '../model/marketplace';
import { mostSpecificSite } from './host-match';
import { GENERATED_SITE_ADDRESSES } from './site-addresses.generated';

/**
 * Each site's hosts and URL shapes, without the rest of its facts (texts in two languages, support
 * channels, playbooks): the content script runs on every marketplace page and keeps a size budget.
 * Generated from the site files, and checked against them by tests/catalog/site-addresses.test.ts.
 */
export const SITE_ADDRESSES = GENERATED_SITE_ADDRESSES;

export function siteAddressForHost(hostname: string): SiteAddress | undefined {
  return mostSpecificSite(SITE_ADDRESSES, hostname);
}
