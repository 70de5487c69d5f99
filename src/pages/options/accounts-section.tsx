import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { allAccounts, deleteAccount, deleteAllAccounts, firstAccounts } from '../../platform/account-store';
import type { AccountRecord } from '../../model/records';
import { t, uiLanguage } from '../../platform/i18n';
import { useWindowedRows } from './windowed-rows';

const language = uiLanguage();
/** Every row is one line high (cells do not wrap), which lets the list render only what shows. */
const ROW_HEIGHT = 40;

function AccountRow({
  account,
  index,
  onDelete,
}: {
  account: AccountRecord;
  index: number;
  onDelete: () => void;
}) {
  return (
    <tr data-account-group={account.credentialGroup} aria-rowindex={index + 2}>
      <td title={account.siteName[language]}>{account.siteName[language]}</td>
      <td>{account.maskedUsername || '—'}</td>
      <td data-verdict={account.lastBreachVerdict}>{t(`verdict_${account.lastBreachVerdict}`)}</td>
      <td>{new Date(account.lastSeenAt).toLocaleString(language)}</td>
      <td>
        <button
          type="button"
          aria-label={t('optionsDeleteAccountLabel', [account.siteName[language], account.maskedUsername])}
          onClick={onDelete}
        >
          {t('optionsDelete')}
        </button>
      </td>
    </tr>
  );
}

/** Rows the first screen reads before the whole list has arrived. */
const FIRST_SCREEN = 60;

function AccountsTable({
  accounts,
  total,
  reload,
}: {
  accounts: AccountRecord[];
  total: number;
  reload: () => void;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const { first, last } = useWindowedRows(viewport, total, ROW_HEIGHT);
  useLayoutEffect(() => {
    // For the options benchmark (bench row 8); user timing stays inside this extension page.
    if (performance.getEntriesByName('furima-guard:accounts-shown').length === 0)
      performance.mark('furima-guard:accounts-shown');
  }, []);
  return (
    <div class="accounts-viewport" ref={viewport} tabIndex={0} aria-labelledby="accounts-title">
      <table
        data-accounts
        data-account-count={total}
        data-loaded={accounts.length === total ? 'all' : 'first-screen'}
        aria-rowcount={total + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
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
          {first > 0 && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />
          )}
          {accounts.slice(first, last).map((account, offset) => (
            <AccountRow
              key={account.id}
              account={account}
              index={first + offset}
              onDelete={() => void deleteAccount(account.id).then(reload)}
            />
          ))}
          {last < total && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${(total - last) * ROW_HEIGHT}px` }} />
          )}
        </tbody>
      </table>
    </div>
  );
}

type FirstScreen = Awaited<ReturnType<typeof firstAccounts>>;

/**
 * Starts reading the first screen of accounts. The page calls it before it renders anything, so
 * the database opens while the page draws its frame instead of after.
 */
export function readFirstScreen(): Promise<FirstScreen> {
  return firstAccounts(FIRST_SCREEN);
}

/**
 * Accounts in key order (grouped by marketplace): the first screen is read alone and shown at once,
 * then the whole list replaces it in the same order, so nothing on screen moves. `firstScreen` is
 * a read already under way; later reloads (after a deletion) read afresh.
 */
export function AccountsSection({ firstScreen }: { firstScreen?: Promise<FirstScreen> }) {
  const [accounts, setAccounts] = useState<AccountRecord[] | null>(null);
  const [total, setTotal] = useState(0);
  const [problem, setProblem] = useState('');
  const failed = (error: unknown) =>
    setProblem(t('optionsStorageFailed', [error instanceof Error ? error.name : 'unknown']));
  const reload = async (pending?: Promise<FirstScreen>) => {
    const head = await (pending ?? readFirstScreen());
    setTotal(head.total);
    setAccounts(head.records);
    if (head.records.length >= head.total) return;
    const { records, damaged } = await allAccounts();
    if (damaged) setProblem(t('optionsDamagedRecords', [String(damaged)]));
    setTotal(records.length);
    setAccounts(records);
  };
  useEffect(() => void reload(firstScreen).catch(failed), []);

  return (
    <section aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('optionsAccountsTitle')}</h2>
      <p class="help">{t('optionsAccountsHelp')}</p>
      {problem && <p role="alert">{problem}</p>}
      {accounts && total === 0 && <p>{t('optionsAccountsEmpty')}</p>}
      {accounts && total > 0 && (
        <>
          <AccountsTable accounts={accounts} total={total} reload={() => void reload().catch(failed)} />
          <button
            type="button"
            class="danger"
            onClick={() => {
              if (confirm(t('optionsDeleteAllConfirm')))
                void deleteAllAccounts()
                  .then(() => reload())
                  .catch(failed);
            }}
          >
            {t('optionsDeleteAll')}
          </button>
        </>
      )}
    </section>
  );
}
