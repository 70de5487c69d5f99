import { siteForHost } from '../catalog/catalog';
import { credentialGroupOf } from '../domain/credential-groups';
import type { PageKind } from '../model/page-kinds';
import { openIncidentFor } from '../platform/incident-store';
import { readSettings } from '../platform/settings';

/** The user chose "don't warn on this site" for the site's credential group. */
export async function isMutedHost(hostname: string): Promise<boolean> {
  return (await readSettings()).mutedGroups.includes(credentialGroupOf(hostname));
}

/**
 * Whether a marketplace page gets its page-kind banner: every recognized kind does, unless the user
 * dismissed that kind on that site. The identity-verification caution during an open incident
 * cannot be dismissed away.
 */
export async function decideBanner(
  hostname: string,
  pageKind: PageKind | 'unknown',
): Promise<{ showBanner: boolean; incidentOpen: boolean; muted: boolean }> {
  const site = siteForHost(hostname);
  const group = credentialGroupOf(hostname);
  const settings = await readSettings();
  const muted = settings.mutedGroups.includes(group);
  const incidentOpen = site ? Boolean(await openIncidentFor(site.id).catch(() => undefined)) : false;
  const dismissed = settings.dismissedBanners.includes(`${group}|${pageKind}`);
  const showBanner =
    Boolean(site) &&
    pageKind !== 'unknown' &&
    (!dismissed || (incidentOpen && pageKind === 'identity-verification'));
  return { showBanner, incidentOpen, muted };
}
