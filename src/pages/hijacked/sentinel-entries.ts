import type { MarketplaceSite } from '../../model/marketplace';
import type { IncidentRecord } from '../../model/records';
import { factsOfGroup } from '../../platform/account-fact-store';
import { t, uiLanguage } from '../../platform/i18n';
import { factName, shortDate, shortMoment } from '../fact-names';

/**
 * The incident's timeline starts with what the account sentinel saw: every change it noticed on
 * this site that the user did not make through the site's own form, added once each.
 */
export async function withSentinelEntries(
  incident: IncidentRecord,
  site: MarketplaceSite,
): Promise<IncidentRecord> {
  const language = uiLanguage();
  const records = await factsOfGroup(site.credentialGroup).catch(() => []);
  const known = new Set(
    incident.timeline.filter((entry) => entry.source === 'sentinel').map((entry) => entry.at),
  );
  const added = records.flatMap((record) =>
    record.changes
      .filter((change) => change.resolution !== 'own-change' && !known.has(change.noticedAt))
      .map((change) => ({
        at: change.noticedAt,
        text: t('sentinelTimeline', [
          factName(record.fact),
          site.name[language],
          shortDate(change.stableSince, language),
          shortMoment(change.noticedAt, language),
        ]),
        source: 'sentinel' as const,
      })),
  );
  return added.length === 0 ? incident : { ...incident, timeline: [...added, ...incident.timeline] };
}
