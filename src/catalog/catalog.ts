import { carousell } from './carousell';
import { depop } from './depop';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { facebook } from './facebook';
import { jimoty } from './jimoty';
import { kleinanzeigen } from './kleinanzeigen';
import { leboncoin } from './leboncoin';
import { mercariJp } from './mercari-jp';
import { mercariUs } from './mercari-us';
import { offerup } from './offerup';
import { poshmark } from './poshmark';
import { rakuma } from './rakuma';
import { rakutenId } from './rakuten-id';
import type { MarketplaceSite } from '../model/marketplace';
import type { PageKind } from '../model/page-kinds';
import { hostCovers, mostSpecificSite } from './host-match';
import { vinted } from './vinted';
import { wallapop } from './wallapop';
import { yahooJapan } from './yahoo-japan';

/** Every catalogued marketplace. Order matters only for `?site=` lookups that are ambiguous. */
export const CATALOG: readonly MarketplaceSite[] = [
  rakuma,
  rakutenId,
  mercariJp,
  mercariUs,
  yahooJapan,
  ebay,
  vinted,
  poshmark,
  depop,
  etsy,
  facebook,
  carousell,
  offerup,
  kleinanzeigen,
  leboncoin,
  wallapop,
  jimoty,
];

/** The site owning `hostname`; the most specific host entry across the catalog wins. */
export function siteForHost(hostname: string): MarketplaceSite | undefined {
  return mostSpecificSite(CATALOG, hostname);
}

/**
 * The kind of page a catalogued URL shape names, if any: only the owning site's own patterns are
 * asked, so no site's pattern can answer for another's host. A catalog URL is a fact about the
 * marketplace, not evidence to weigh: where it names a kind, that kind stands.
 */
export function catalogPageKind(hostname: string, pathname: string): PageKind | null {
  const location = (hostname + pathname).toLowerCase();
  for (const [kind, patterns] of Object.entries(siteForHost(hostname)?.urlPatterns ?? {}))
    if (patterns?.some((pattern) => pattern.test(location))) return kind as PageKind;
  return null;
}

export function siteById(id: string): MarketplaceSite | undefined {
  return CATALOG.find((site) => site.id === id);
}

/** Resolves a `?site=` value: a site id, a hostname, or a registrable domain. */
export function siteForParameter(value: string): MarketplaceSite | undefined {
  const text = value.trim().toLowerCase();
  if (!text) return undefined;
  return siteById(text) ?? siteForHost(text) ?? CATALOG.find((site) => site.primaryDomain === text);
}

/** Chrome match patterns for every catalogued host (manifest content scripts and host permissions). */
export function catalogMatchPatterns(): string[] {
  const hosts = [...new Set(CATALOG.flatMap((site) => site.hosts))];
  // `*.id.rakuten.co.jp` already covers `profile.id.rakuten.co.jp`: list only the outermost hosts.
  const outermost = hosts.filter((host) => !hosts.some((other) => other !== host && hostCovers(other, host)));
  return outermost.sort().map((host) => `https://*.${host}/*`);
}
