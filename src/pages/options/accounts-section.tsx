import { useEffect, useState } from 'preact/hooks';
import { allAccounts, deleteAccount, deleteAllAccounts } from '../../platform/account-store';
import type { AccountRecord } from '../../model/records';
import { t, uiLanguage } from '../../platform/i18n';

const language = uiLanguage();

export function AccountsSection() {
  const [accounts, setAccounts] = useState<AccountRecord[] | null>(null);
  const [problem, setProblem] = useState('');
  const reload = () =>
    allAccounts()
      .then(({ records, damaged }) => {
        if (damaged) setProblem(t('optionsDamagedRecords', [String(damaged)]));
        setAccounts(records.sort((a, b) => b.lastSeenAt - a.lastSeenAt));
      })
      .catch((error: unknown) =>
        setProblem(t('optionsStorageFailed', [error instanceof Error ? error.name : 'unknown'])),
      );
  useEffect(() => void reload(), []);

  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('optionsAccountsTitle')}</h2>
      <p class="help">{t('optionsAccountsHelp')}</p>
      {problem && <p role="alert">{problem}</p>}
      {accounts && accounts.length === 0 && <p>{t('optionsAccountsEmpty')}</p>}
      {accounts && accounts.length > 0 && (
        <>
          <table data-accounts>
            <thead>
              <tr>
                <th scope="col">{t('optionsColumnSite')}</th>
                <th scope="col">{t('optionsColumnUser')}</th>
                <th scope="col">{t('optionsColumnVerdict')}</th>
                <th scope="col">{t('optionsColumnSeen')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optionsDelete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} data-account-group={account.credentialGroup}>
                  <td>{account.siteName[language]}</td>
                  <td>{account.maskedUsername || '—'}</td>
                  <td data-verdict={account.lastBreachVerdict}>
                    {t(`verdict_${account.lastBreachVerdict}`)}
                  </td>
                  <td>{new Date(account.lastSeenAt).toLocaleString(language)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('optionsDeleteAccountLabel', [
                        account.siteName[language],
                        account.maskedUsername,
                      ])}
                      onClick={() => void deleteAccount(account.id).then(reload)}
                    >
                      {t('optionsDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (confirm(t('optionsDeleteAllConfirm'))) void deleteAllAccounts().then(reload);
            }}
          >
            {t('optionsDeleteAll')}
          </button>
        </>
      )}
    </section>
  );
}
