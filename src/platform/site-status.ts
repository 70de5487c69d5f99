import { CATALOG } from '../catalog/catalog';
import { attentionReasons, type AttentionReason } from '../domain/attention';
import { buildChecklist, progressOf, type ChecklistItem } from '../domain/checklist';
import type { MarketplaceSite } from '../model/marketplace';
import { accountGroups } from './account-store';
import { allTicks } from './checklist-store';
import { sentinelStatus } from '../domain/fact-change';
import { allFacts } from './account-fact-store';
import { uiLanguage } from './i18n';
import { allIncidents } from './incident-store';
import { readLastVerdicts } from './last-verdicts';
import { readSettings } from './settings';

export interface SiteStatus {
  site: MarketplaceSite;
  items: ChecklistItem[];
  progress: { done: number; total: number };
  reasons: AttentionReason[];
  /** The user has an account there, an incident or an alert: it is one of "their" marketplaces. */
  isUsers: boolean;
}

/**
 * Every catalogued site's checklist and what needs attention there, read in one pass: the popup's
 * overview and the toolbar badge see the same thing.
 */
export async function readSiteStatuses(now = Date.now()): Promise<SiteStatus[]> {
  const [groups, verdicts, ticks, settings, incidents, facts] = await Promise.all([
    accountGroups().catch(() => new Set<string>()),
    readLastVerdicts(),
    allTicks().catch(() => []),
    readSettings(),
    allIncidents().catch(() => []),
    allFacts().catch(() => []),
  ]);
  const language = uiLanguage();
  const formatDate = (ms: number) => new Date(ms).toLocaleDateString(language);
  const openIncidents = new Set(
    incidents.filter((incident) => incident.closedAt === null).map((incident) => incident.siteId),
  );
  return CATALOG.map((site) => {
    const last = verdicts[site.credentialGroup];
    // A registered fact changed and the user has not yet said whether it was them: an open alert.
    const sentinel = sentinelStatus(
      facts.filter((record) => record.credentialGroup === site.credentialGroup),
    );
    const items = buildChecklist(site, last, ticks, {
      now,
      reviewPeriodDays: settings.reviewPeriodDays,
      language,
      formatDate,
      sentinel,
    });
    const hasAccount = groups.has(site.credentialGroup) || last !== undefined;
    const incidentOpen = openIncidents.has(site.id);
    const alertOpen = sentinel.state === 'attention';
    return {
      site,
      items,
      progress: progressOf(items),
      reasons: attentionReasons({ items, last, hasAccount, incidentOpen, alertOpen }),
      isUsers: hasAccount || incidentOpen || alertOpen,
    };
  });
}
