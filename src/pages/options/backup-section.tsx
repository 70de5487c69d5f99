import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { downloadFile } from '../download-file';
import { createBackup, restoreBackup } from './backup';

export function BackupSection() {
  const [includeAccounts, setIncludeAccounts] = useState(false);
  const [status, setStatus] = useState('');

  const exportNow = async () => {
    const backup = await createBackup(includeAccounts);
    downloadFile(
      `furima-guard-${backup.exportedAt.slice(0, 10)}.json`,
      'application/json',
      JSON.stringify(backup, null, 2),
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setStatus(t('optionsImportDone', [String(await restoreBackup(await file.text()))]));
    } catch {
      setStatus(t('optionsImportFailed'));
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackupTitle')}</h2>
      <p class="help">{t('optionsBackupHelp')}</p>
      <label class="toggle">
        <input
          type="checkbox"
          checked={includeAccounts}
          onChange={(event) => setIncludeAccounts((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('optionsBackupIncludeAccounts')}
      </label>
      <div class="row">
        <button type="button" data-action="export" onClick={() => void exportNow()}>
          {t('optionsExport')}
        </button>
        <label class="file-button">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile((event.currentTarget as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
