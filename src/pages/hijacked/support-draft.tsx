import { useState } from 'preact/hooks';
import { t, type Language } from '../../platform/i18n';
import type { SupportChannel } from '../../model/marketplace';
import { supportMessage, type IncidentDetails } from './support-message';

interface Props {
  siteName: { en: string; ja: string };
  support: SupportChannel;
  details: IncidentDetails;
  onDetails: (details: IncidentDetails) => void;
}

const FIELDS: (keyof IncidentDetails)[] = ['accountEmail', 'username', 'noticedAt', 'payoutAmount'];

function Draft({ language, siteName, support, details }: { language: Language } & Omit<Props, 'onDetails'>) {
  const [copied, setCopied] = useState(false);
  const message = supportMessage(language, siteName[language], details);
  const mailto =
    support.kind === 'email'
      ? `mailto:${support.value}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`
      : undefined;
  return (
    <figure class="draft" data-draft-language={language}>
      <figcaption>{t(language === 'ja' ? 'hijackedDraftJa' : 'hijackedDraftEn')}</figcaption>
      <textarea
        readOnly
        rows={12}
        aria-label={`${t('hijackedDraftTitle')} (${t(language === 'ja' ? 'hijackedDraftJa' : 'hijackedDraftEn')})`}
        value={`${message.subject}\n\n${message.body}`}
      />
      <div class="row">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(`${message.subject}\n\n${message.body}`).then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 2_000);
            })
          }
        >
          {t('hijackedCopy')}
        </button>
        {mailto && <a href={mailto}>{t('hijackedMailto')}</a>}
        <span role="status">{copied ? t('hijackedCopied') : ''}</span>
      </div>
    </figure>
  );
}

export function SupportDraft(props: Props) {
  const { support, details, onDetails } = props;
  return (
    <div class="support">
      <p>
        <strong>{t('hijackedSupportContact')}: </strong>
        <span data-support-contact>
          {support.value ? (
            support.kind === 'email' ? (
              <a href={`mailto:${support.value}`}>{support.value}</a>
            ) : (
              <a href={support.value} target="_blank" rel="noopener noreferrer">
                {support.value}
              </a>
            )
          ) : (
            t('hijackedSupportNone')
          )}
        </span>
        {support.value && support.status !== 'verified' && (
          <>
            {' '}
            <span class="muted" data-fact-status={support.status}>
              {t('factStatusUnconfirmed')}
            </span>
          </>
        )}
      </p>
      {support.note && (
        <p class="note">{support.note[document.documentElement.lang === 'ja' ? 'ja' : 'en']}</p>
      )}
      <fieldset>
        <legend>{t('hijackedDetailsTitle')}</legend>
        {FIELDS.map((field) => (
          <label key={field}>
            {t(`detail_${field}`)}
            <input
              // Preact types each input type separately; the union of three is still a text-like input.
              type={
                (field === 'accountEmail'
                  ? 'email'
                  : field === 'noticedAt'
                    ? 'datetime-local'
                    : 'text') as 'text'
              }

              name={field}
              value={details[field]}
              onInput={(event) =>
                onDetails({ ...details, [field]: (event.currentTarget as HTMLInputElement).value })
              }
            />
          </label>
        ))}
      </fieldset>
      <div class="drafts">
        <Draft language="ja" {...props} />
        <Draft language="en" {...props} />
      </div>
    </div>
  );
}
