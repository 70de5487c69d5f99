import { getDomain } from 'tldts';
import { siteForHost } from '../catalog/catalog';

/** Registrable domain (eTLD+1) by the Public Suffix List: `web.fril.jp` → `fril.jp`. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * Which login a password on `hostname` belongs to. Catalogued sites use their credential group
 * (all eBay country domains are one; Yahoo! JAPAN ID covers Flea Market and Auctions); anything
 * else is its own registrable domain.
 */
export function credentialGroupOf(hostname: string): string {
  const site = siteForHost(hostname);
  return site ? site.credentialGroup : `domain:${registrableDomain(hostname)}`;
}

/** Display name of a credential group for `hostname` in the user's language. */
export function siteDisplayName(hostname: string, language: 'en' | 'ja'): string {
  const site = siteForHost(hostname);
  return site ? site.name[language] : registrableDomain(hostname);
}
