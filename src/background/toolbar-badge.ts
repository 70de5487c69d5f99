import { siteForHost } from '../catalog/catalog';
import type { AttentionReason } from '../domain/attention';
import { showBadge, type Badge } from '../platform/action-badge';
import { t, uiLanguage } from '../platform/i18n';
import { readSiteStatuses, type SiteStatus } from '../platform/site-status';
import { openTabs } from '../platform/tabs';

const reasonText = (reasons: readonly AttentionReason[]) =>
  reasons
    .map((reason) => t(`attention_${reason.replace(/-/g, '_')}`))
    .join(uiLanguage() === 'ja' ? '、' : '; ');

/** On a marketplace that needs attention: "!" and why. */
function siteBadge(status: SiteStatus): Badge {
  return {
    text: t('badgeSiteText'),
    title: t('badgeTitleSite', [status.site.name[uiLanguage()], reasonText(status.reasons)]),
    tone: 'danger',
  };
}

/** Everywhere else: how many of the user's marketplaces need attention, or nothing. */
function countBadge(needing: readonly SiteStatus[]): Badge {
  return needing.length === 0
    ? { text: '', title: t('badgeTitleCalm'), tone: 'none' }
    : { text: String(needing.length), title: t('badgeTitleCount', [String(needing.length)]), tone: 'warn' };
}

function siteOfUrl(url: string | undefined) {
  if (!url) return undefined;
  try {
    return siteForHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** Recomputes the badge of every tab (and the default for new ones) from the stored state. */
async function refreshAll(): Promise<void> {
  const statuses = await readSiteStatuses();
  const needing = statuses.filter((status) => status.reasons.length > 0);
  const general = countBadge(needing);
  await showBadge(undefined, general);
  const tabs = await openTabs();
  await Promise.all(
    tabs.map(({ id, url }) => {
      const site = siteOfUrl(url);
      const status = site && needing.find((candidate) => candidate.site.id === site.id);
      return showBadge(id, status ? siteBadge(status) : general);
    }),
  );
}

let running: Promise<void> | undefined;
let again = false;

/**
 * Refreshes the badges; bursts of events (a check writes several items) coalesce into one more
 * pass after the running one. Nothing here must outlive the worker: it is recomputed on wake.
 */
export function refreshBadges(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = refreshAll()
    .catch(() => undefined)
    .finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void refreshBadges();
      }
    });
  return running;
}
