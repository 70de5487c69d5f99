import type { MarketplaceSite } from '../model/marketplace';

/** The change-password page: catalogued, else the site's well-known URL (browsers' standard). */
export function changePasswordUrl(site: MarketplaceSite): string {
  return site.changePasswordUrl?.url ?? `https://${site.primaryDomain}/.well-known/change-password`;
}
