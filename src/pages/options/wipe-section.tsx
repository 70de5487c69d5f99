import { useRef, useState } from 'preact/hooks';
import { deleteAllGuardData } from '../../platform/data-wipe';
import { t } from '../../platform/i18n';

/** What "delete all" removes, listed in the confirmation so nothing goes by surprise. */
const WHAT_GOES = [
  'optionsWipeAccounts',
  'optionsWipeChecklist',
  'optionsWipeIncidents',
  'optionsWipeSettings',
  'optionsWipeVerdicts',
  'optionsWipeSalt',
] as const;

export function WipeSection({ onWiped }: { onWiped: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');

  const wipe = async () => {
    dialog.current?.close();
    try {
      await deleteAllGuardData();
      setStatus(t('optionsWipeDone'));
      onWiped();
    } catch (error) {
      setStatus(t('optionsStorageFailed', [error instanceof Error ? error.name : 'unknown']));
    }
  };

  return (
    <section aria-labelledby="wipe-title">
      <h2 id="wipe-title">{t('optionsWipeTitle')}</h2>
      <p class="help">{t('optionsWipeHelp')}</p>
      <button
        type="button"
        class="danger"
        data-action="delete-all-data"
        onClick={() => dialog.current?.showModal()}
      >
        {t('optionsWipeButton')}
      </button>
      <p role="status" data-wipe-status>
        {status}
      </p>
      <dialog
        ref={dialog}
        class="wipe-dialog"
        aria-labelledby="wipe-confirm-title"
        aria-describedby="wipe-confirm-list"
      >
        <h3 id="wipe-confirm-title">{t('optionsWipeConfirmTitle')}</h3>
        <ul id="wipe-confirm-list" data-wipe-list>
          {WHAT_GOES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t('optionsWipeConfirmNote')}</p>
        <div class="row">
          <button type="button" onClick={() => dialog.current?.close()} autofocus>
            {t('optionsWipeCancel')}
          </button>
          <button
            type="button"
            class="danger-solid"
            data-action="confirm-delete-all"
            onClick={() => void wipe()}
          >
            {t('optionsWipeConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
