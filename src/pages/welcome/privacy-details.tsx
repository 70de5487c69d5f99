import { t } from '../../platform/i18n';

/** What the guard keeps and sends, in full (the welcome page's one-sentence summary links here). */
export function PrivacyDetails() {
  return (
    <section id="privacy" aria-labelledby="privacy-title" tabIndex={-1}>
      <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
      <ul class="privacy" data-privacy-details>
        <li>{t('welcomePrivacySent')}</li>
        <li>{t('welcomePrivacyPasswords')}</li>
        <li>{t('welcomePrivacyFingerprints')}</li>
        <li>{t('welcomePrivacyNothingElse')}</li>
        <li>{t('welcomePrivacyDelete')}</li>
      </ul>
    </section>
  );
}
