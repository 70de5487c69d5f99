import { useEffect, useState } from 'preact/hooks';
import { siteById } from '../../catalog/catalog';
import { readSentinelAlert } from '../../platform/account-fact-store';
import { t, uiLanguage } from '../../platform/i18n';
import { sendToBackground } from '../../platform/messaging';
import { factName, shortDate, shortMoment } from '../fact-names';
import { useClickjackingGuard } from '../clickjacking-guard';
import { closeThisFrame } from '../frame-close';

type Alert = NonNullable<Awaited<ReturnType<typeof readSentinelAlert>>>;

const language = uiLanguage();
const day = (ms: number) => shortDate(ms, language);
const moment = (ms: number) => shortMoment(ms, language);

/**
 * The account sentinel's alert (test contract: root `data-alert="account-changed"` and
 * `data-changed-facts`): what changed, since when it had been stable, and the two answers.
 */
export function AccountAlert({ alertToken }: { alertToken: string }) {
  const [alert, setAlert] = useState<Alert | null>();
  // The root renders from the start, so the clickjacking guard watches it before any button exists.
  const { root, obscured, guarded } = useClickjackingGuard<HTMLElement>();
  useEffect(() => {
    void readSentinelAlert(alertToken).then((found) => {
      if (found) {
        document.documentElement.dataset.alert = 'account-changed';
        document.documentElement.dataset.changedFacts = found.facts.map(({ fact }) => fact).join(' ');
      }
      setAlert(found ?? null);
    });
  }, []);
  const siteName = alert ? (siteById(alert.siteId)?.name[language] ?? alert.hostname) : '';
  const answer = (choice: 'it-was-me' | 'hijacked') =>
    guarded(() => {
      void sendToBackground('page-to-background:answer-account-change', { alertToken, answer: choice }).then(
        () => closeThisFrame('alert'),
      );
    });
  return (
    <main
      ref={root}
      class="banner caution alert"
      aria-label={alert ? t('alertTitle', [siteName]) : undefined}
    >
      {alert && (
        <>
          <p class="brand">{t('brandTag')}</p>
          <h1>{t('alertTitle', [siteName])}</h1>
          {/* Focusable: when several changes make the list scroll, keys scroll it too. */}
          <ul class="changed-facts" tabIndex={0}>
            {alert.facts.map((fact) => (
              <li key={fact.fact} data-fact={fact.fact}>
                {t('alertFactLine', [factName(fact.fact), day(fact.stableSince), moment(fact.noticedAt)])}
              </li>
            ))}
          </ul>
          <p>{t('alertQuestion')}</p>
          {obscured && <p class="obscured">{t('warningObscured')}</p>}
          <div class="actions">
            <button type="button" class="danger" data-action="hijacked" onClick={answer('hijacked')}>
              {t('alertHijacked')}
            </button>
            <button type="button" data-action="it-was-me" onClick={answer('it-was-me')}>
              {t('alertItWasMe')}
            </button>
            <button type="button" onClick={guarded(() => closeThisFrame('alert'))}>
              {t('actionClose')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
