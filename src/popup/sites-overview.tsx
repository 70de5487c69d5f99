import { useEffect, useState } from 'preact/hooks';
import type { MarketplaceSite } from '../model/marketplace';
import { t, uiLanguage } from '../platform/i18n';
import { readSiteStatuses, type SiteStatus } from '../platform/site-status';

const language = uiLanguage();
const siteLink = (site: MarketplaceSite) =>
  `?site=${encodeURIComponent(site.primaryDomain)}&id=${encodeURIComponent(site.id)}`;

function reasonsText(status: SiteStatus): string {
  return status.reasons.map((reason) => t(`attention_${reason.replace(/-/g, '_')}`)).join(' · ');
}

function UsersSite({ status }: { status: SiteStatus }) {
  const { site, progress, reasons } = status;
  return (
    <li data-overview-site={site.id} data-attention={reasons.join(' ')} class={reasons.length ? 'needs' : ''}>
      <a href={siteLink(site)}>{site.name[language]}</a>{' '}
      <span class="muted">{t('popupProgress', [String(progress.done), String(progress.total)])}</span>
      {reasons.length > 0 && <span class="attention">{reasonsText(status)}</span>}
    </li>
  );
}

/**
 * The user's marketplaces (those needing attention first) with their progress; away from a
 * marketplace also every other covered one, so the panel is never empty.
 */
export function SitesOverview({ current }: { current: MarketplaceSite | undefined }) {
  const [statuses, setStatuses] = useState<SiteStatus[] | null>(null);
  useEffect(() => {
    void readSiteStatuses().then(setStatuses, () => setStatuses([]));
  }, []);
  if (!statuses) return null;
  const others = statuses.filter((status) => status.site.id !== current?.id);
  const users = others
    .filter((status) => status.isUsers)
    .sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0));
  const rest = others.filter((status) => !status.isUsers);
  if (current && users.length === 0) return null;
  return (
    <>
      <section aria-labelledby="your-sites" class="your-sites">
        <h2 id="your-sites">{current ? t('popupYourOtherSites') : t('popupYourSites')}</h2>
        {users.length === 0 && <p class="muted">{t('popupNoSitesYet')}</p>}
        <ul>
          {users.map((status) => (
            <UsersSite key={status.site.id} status={status} />
          ))}
        </ul>
      </section>
      {!current && (
        <section aria-labelledby="covered-sites" class="covered-sites">
          <h2 id="covered-sites">{t('popupCoveredSites')}</h2>
          <ul>
            {rest.map(({ site }) => (
              <li key={site.id} data-other-site={site.id}>
                <a href={siteLink(site)}>{site.name[language]}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
