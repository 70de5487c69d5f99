import { useEffect, useState } from 'preact/hooks';
import { groupsSharingPasswordWith } from '../../platform/account-store';
import { changePasswordUrl } from '../../catalog/change-password-url';
import type { AccountRecord } from '../../model/records';
import { t, uiLanguage } from '../../platform/i18n';
import { CATALOG } from '../../catalog/catalog';

const language = uiLanguage();

/** Other sites that share this site's password (from local reuse detection), each with its change link. */
export function ReusedSites({ credentialGroup }: { credentialGroup: string }) {
  const [accounts, setAccounts] = useState<AccountRecord[] | null>(null);
  useEffect(() => {
    void groupsSharingPasswordWith(credentialGroup).then(setAccounts, () => setAccounts([]));
  }, [credentialGroup]);
  if (!accounts) return null;
  return (
    <div class="reused">
      <p>
        <strong>{t('hijackedReusedTitle')}</strong>
      </p>
      {accounts.length === 0 && <p>{t('step_change_reused_passwords_none')}</p>}
      <ul data-reused-sites>
        {accounts.map((account) => {
          const site = CATALOG.find((candidate) => candidate.credentialGroup === account.credentialGroup);
          return (
            <li key={account.credentialGroup} data-site={site?.id ?? account.credentialGroup}>
              {account.siteName[language]}{' '}
              {account.maskedUsername && <span class="muted">({account.maskedUsername})</span>}{' '}
              {site && (
                <a href={changePasswordUrl(site)} target="_blank" rel="noopener noreferrer">
                  {t('checkUniqueLink')}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
