import { useEffect, useState } from 'preact/hooks';
import { allAccounts } from '../platform/account-store';
import { buildChecklist, progressOf, type ChecklistItem } from '../domain/checklist';
import { allTicks, setTick, ticksFor } from '../platform/checklist-store';
import type { IncidentRecord } from '../model/records';
import { t, uiLanguage } from '../platform/i18n';
import { openIncidentFor } from '../platform/incident-store';
import { readLastVerdicts } from '../platform/last-verdicts';
import { readSettings } from '../platform/settings';
import { CATALOG } from '../catalog/catalog';
import type { MarketplaceSite } from '../model/marketplace';
import { activeSite } from './active-site';
import { ChecklistView } from './checklist-view';
import { RESPONSE_STEP_IDS } from '../domain/response-playbook';
import { extensionPageUrl } from '../platform/tabs';
import { allFacts, factsOfGroup } from '../platform/account-fact-store';
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

interface SiteProgress {
  site: MarketplaceSite;
  done: number;
  total: number;
}

/** Every catalogued site the user has an account on, with its checklist progress. */
async function loadOverview(): Promise<SiteProgress[]> {
  const [{ records: accounts }, verdicts, ticks, settings, facts] = await Promise.all([
    allAccounts(),
    readLastVerdicts(),
    allTicks(),
    readSettings(),
    allFacts().catch(() => []),
  ]);
  const groups = new Set(accounts.map((account) => account.credentialGroup));
  return CATALOG.filter((site) => groups.has(site.credentialGroup)).map((site) => ({
    site,
    ...progressOf(
      buildChecklist(site, verdicts[site.credentialGroup], ticks, {
        now: Date.now(),
        reviewPeriodDays: settings.reviewPeriodDays,
        language,
        formatDate,
        sentinel: sentinelStatus(facts.filter((record) => record.credentialGroup === site.credentialGroup)),
      }),
    ),
  }));
}

function YourSites({ current }: { current: MarketplaceSite | undefined }) {
  const [sites, setSites] = useState<SiteProgress[] | null>(null);
  useEffect(() => {
    void loadOverview().then(setSites, () => setSites([]));
  }, []);
  const others = sites?.filter((entry) => entry.site.id !== current?.id);
  if (current && (!others || others.length === 0)) return null;
  return (
    <section aria-labelledby="your-sites" class="your-sites">
      <h2 id="your-sites">{t('popupYourSites')}</h2>
      {others && others.length === 0 && <p>{t('popupNoSitesYet')}</p>}
      <ul>
        {others?.map(({ site, done, total }) => (
          <li key={site.id} data-overview-site={site.id}>
            <a href={`?site=${encodeURIComponent(site.primaryDomain)}&id=${site.id}`}>
              {site.name[language]}
            </a>{' '}
            <span class="muted">{t('popupProgress', [String(done), String(total)])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
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
      {site === undefined && <p>{t('popupNotCataloguedHelp')}</p>}
      <div class="content">
        {state ? (
          <ChecklistView items={state.items} onTick={onTick} />
        ) : (
          site !== undefined && <div class="placeholder" />
        )}
        {site !== null && (site === undefined || state) && <YourSites current={site} />}
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
        <a class="options-link" href={extensionPageUrl('options')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </footer>
    </main>
  );
}
