import type { MarketplaceSite } from '../model/marketplace';
import type { AccountFactRecord } from '../model/records';

/**
 * The site the weekly check-in asks about: among the user's marketplaces that have an account
 * page, the one whose registered facts were confirmed longest ago (never beats any date).
 */
export function checkInSite(
  sites: readonly MarketplaceSite[],
  userGroups: ReadonlySet<string>,
  facts: readonly AccountFactRecord[],
): { site: MarketplaceSite; url: string } | undefined {
  let best: { site: MarketplaceSite; url: string; confirmed: number } | undefined;
  for (const site of sites) {
    const page = site.accountPages?.[0];
    if (!page || !userGroups.has(site.credentialGroup)) continue;
    const confirmed = Math.max(
      0,
      ...facts
        .filter((record) => record.credentialGroup === site.credentialGroup)
        .flatMap((record) => Object.values(record.views).map((view) => view.lastConfirmedAt)),
    );
    if (!best || confirmed < best.confirmed) best = { site, url: page.url, confirmed };
  }
  return best && { site: best.site, url: best.url };
}
