import { useEffect, useState } from 'preact/hooks';
import { buildChecklist, progressOf, type ChecklistItem } from '../domain/checklist';
import { setTick, ticksFor } from '../platform/checklist-store';
import type { IncidentRecord } from '../model/records';
import { t, uiLanguage } from '../platform/i18n';
import { openIncidentFor } from '../platform/incident-store';
import { readLastVerdicts } from '../platform/last-verdicts';
import { readSettings } from '../platform/settings';
import type { MarketplaceSite } from '../model/marketplace';
import { activeSite } from './active-site';
import { ChecklistView } from './checklist-view';
import { SitesOverview } from './sites-overview';
import { SiteAccessNotice } from './site-access';
import { RESPONSE_STEP_IDS } from '../domain/response-playbook';
import { extensionPageUrl } from '../platform/tabs';
import { factsOfGroup } from '../platform/account-fact-store';
import { sentinelStatus } from '../domain/fact-change';

const language = uiLanguage();
const formatDate = (ms: number) => new Date(ms).toLocaleDateString(language);

function hijackedUrl(site: MarketplaceSite | undefined): string {
  const path = extensionPageUrl('hijacked');
  return site
    ? `${path}?site=${encodeURIComponent(site.primaryDomain)}&id=${encodeURIComponent(site.id)}`
    : path;
}

interface SiteState {
  items: ChecklistItem[];
  incident: IncidentRecord | undefined;
}

async function loadSiteState(site: MarketplaceSite): Promise<SiteState> {
  const [verdicts, ticks, settings, incident, facts] = await Promise.all([
    readLastVerdicts(),
    ticksFor(site.id),
    readSettings(),
    openIncidentFor(site.id).catch(() => undefined),
    factsOfGroup(site.credentialGroup).catch(() => []),
  ]);
  const items = buildChecklist(site, verdicts[site.credentialGroup], ticks, {
    now: Date.now(),
    reviewPeriodDays: settings.reviewPeriodDays,
    language,
    formatDate,
    sentinel: sentinelStatus(facts),
  });
  return { items, incident };
}

export function Popup() {
  const [site, setSite] = useState<MarketplaceSite | undefined | null>(null);
  const [state, setState] = useState<SiteState>();
  useEffect(() => {
    void activeSite().then(async (found) => {
      setSite(found);
      if (found) setState(await loadSiteState(found));
    });
  }, []);

  const onTick = (itemId: string, done: boolean) => {
    if (!site) return;
    void setTick(site.id, itemId, done).then(() => loadSiteState(site).then(setState));
  };
  const progress = state ? progressOf(state.items) : undefined;
  const incidentDone = state?.incident
    ? RESPONSE_STEP_IDS.filter((id) => state.incident?.stepsDone[id]).length
    : 0;

  return (
    <main class="popup" aria-busy={site === null || (site !== undefined && !state)}>
      <header class="popup-header">
        <p class="brand">{t('extensionName')}</p>
        <h1 data-site={site?.id ?? ''}>
          {site === null ? '\u00a0' : site ? site.name[language] : t('popupNotCatalogued')}
        </h1>
        {progress && (
          <p class="progress" data-progress={`${progress.done}/${progress.total}`}>
            <span>{t('popupProgress', [String(progress.done), String(progress.total)])}</span>
            <meter min={0} max={progress.total} value={progress.done} aria-label={t('popupChecklistTitle')} />
          </p>
        )}
      </header>
      {state?.incident && (
        <p
          class="incident"
          role="status"
          data-incident-progress={`${incidentDone}/${RESPONSE_STEP_IDS.length}`}
        >
          {t('popupIncidentOpen', [String(incidentDone), String(RESPONSE_STEP_IDS.length)])}
        </p>
      )}
      <SiteAccessNotice />
      <div class="content">
        {site === undefined && <p class="explain">{t('popupNotCataloguedHelp')}</p>}
        {state ? (
          <ChecklistView items={state.items} onTick={onTick} />
        ) : (
          site !== undefined && <div class="placeholder" />
        )}
        {site !== null && (site === undefined || state) && <SitesOverview current={site} />}
      </div>

      <footer class="popup-footer">
        <a
          class="hijacked"
          data-action="hijacked"
          href={hijackedUrl(site ?? undefined)}
          target="_blank"
          rel="noopener"
        >
          <strong>{t('popupHijacked')}</strong>
          <span>{t('popupHijackedHint')}</span>
        </a>
        <p class="footer-links">
          <a href={extensionPageUrl('welcome')} target="_blank" rel="noopener" data-link="welcome">
            {t('popupWelcome')}
          </a>
          <a href={extensionPageUrl('options')} target="_blank" rel="noopener">
            {t('popupOptions')}
          </a>
        </p>
      </footer>
    </main>
  );
}
