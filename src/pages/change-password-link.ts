import type { MarketplaceSite } from '../sites/types';

/**
 * Where to change the password: the catalogued page, else the site's well-known change-password
 * URL (browsers' standard redirect, https://w3c.github.io/webappsec-change-password-url/).
 */
export function changePasswordLink(site: MarketplaceSite): string {
  return site.changePasswordUrl?.url ?? `https://${site.primaryDomain}/.well-known/change-password`;
}
