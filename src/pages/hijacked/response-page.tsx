import { t, uiLanguage } from '../../platform/i18n';
import type { Playbook, ResponseStepId } from '../../domain/response-playbook';
import { downloadFile } from '../download-file';
import { incidentJson, incidentMarkdown, type ExportLabels } from './incident-export';
import { ReusedSites } from './reused-sites';
import { StepsView, stepKey } from './steps-view';
import { SupportDraft } from './support-draft';
import type { IncidentDetails } from './support-message';
import { TimelineView } from './timeline-view';
import { TwoFactorLinks } from './two-factor-links';
import { useIncident } from './use-incident';
import { RESPONSE_STEP_IDS } from '../../domain/response-playbook';

const language = uiLanguage();

function exportLabels(): ExportLabels {
  return {
    title: t('hijackedTitle', ['']).replace(/[:：]\s*$/, ''),
    site: '',
    opened: t('hijackedExportOpened'),
    closed: t('hijackedExportClosed'),
    details: Object.fromEntries(
      ['accountEmail', 'username', 'noticedAt', 'payoutAmount'].map((key) => [key, t(`detail_${key}`)]),
    ),
    steps: Object.fromEntries(RESPONSE_STEP_IDS.map((id) => [id, t(stepKey(id))])),
    timeline: t('hijackedTimelineTitle'),
    stepsHeading: t('popupManual'),
  };
}

export function ResponsePage({ playbook }: { playbook: Playbook }) {
  const { site } = playbook;
  const { incident, update, problem, saved } = useIncident(site.id);
  const siteName = site.name[language];
  const details: IncidentDetails = {
    accountEmail: incident?.details.accountEmail ?? '',
    username: incident?.details.username ?? '',
    noticedAt: incident?.details.noticedAt ?? '',
    payoutAmount: incident?.details.payoutAmount ?? '',
  };

  const toggleStep = (id: ResponseStepId, done: boolean) =>
    update((current) => {
      if (done) {
        const at = Date.now();
        current.stepsDone[id] = at;
        current.timeline.push({ at, text: t('hijackedStepTimeline', [t(stepKey(id))]), source: 'step' });
      } else {
        delete current.stepsDone[id];
      }
      return current;
    });

  const extras = {
    'recover-access': (
      <>
        {playbook.recoverVia && <p class="specific">{playbook.recoverVia[language]}</p>}
        {playbook.linkedSite && (
          <p>{t('step_recover_access_linked', [playbook.linkedSite.name[language]])}</p>
        )}
      </>
    ),
    'contact-support': (
      <SupportDraft
        siteName={site.name}
        support={playbook.support}
        details={details}
        onDetails={(next) => update((current) => ({ ...current, details: { ...next } }))}
      />
    ),
    'no-identity-documents': playbook.identityWarning && (
      <p class="specific">{playbook.identityWarning[language]}</p>
    ),
    'change-reused-passwords': <ReusedSites credentialGroup={site.credentialGroup} />,
    'turn-on-two-factor': <TwoFactorLinks site={site} linkedSite={playbook.linkedSite} />,
  } as const;

  return (
    <main
      class="hijacked-page"
      data-site={site.id}
      data-incident-state={incident ? (incident.closedAt ? 'closed' : 'open') : 'loading'}
      data-saved={saved ? 'true' : 'false'}
    >
      <h1>{t('hijackedTitle', [siteName])}</h1>
      <p class="intro">{t('hijackedIntro')}</p>
      {problem && <p role="alert">{problem}</p>}
      {incident?.closedAt && <p class="closed-note">{t('hijackedClosedNote')}</p>}
      {incident && <StepsView incident={incident} onToggle={toggleStep} extras={extras} />}
      {incident && (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('hijackedTimelineTitle')}</h2>
          <TimelineView
            incident={incident}
            onAdd={(entry) => update((current) => ({ ...current, timeline: [...current.timeline, entry] }))}
          />
          <div class="row no-print">
            <button
              type="button"
              data-action="export-markdown"
              onClick={() =>
                downloadFile(
                  `incident-${site.id}.md`,
                  'text/markdown',
                  incidentMarkdown(incident, siteName, exportLabels()),
                )
              }
            >
              {t('hijackedExportMarkdown')}
            </button>
            <button
              type="button"
              data-action="export-json"
              onClick={() =>
                downloadFile(`incident-${site.id}.json`, 'application/json', incidentJson(incident, siteName))
              }
            >
              {t('hijackedExportJson')}
            </button>
            <button type="button" onClick={() => print()}>
              {t('hijackedPrint')}
            </button>
          </div>
          <p class="no-print">
            <button
              type="button"
              data-action={incident.closedAt ? 'reopen-incident' : 'close-incident'}
              onClick={() =>
                update((current) => ({ ...current, closedAt: current.closedAt ? null : Date.now() }))
              }
            >
              {incident.closedAt ? t('hijackedReopenIncident') : t('hijackedCloseIncident')}
            </button>
          </p>
        </section>
      )}
    </main>
  );
}
