import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { readSettings } from '../../platform/settings';
import { downloadFile } from '../download-file';
import { applyImport, createBackup, hasSensitiveChanges, planImport, type ImportPlan } from './backup';
import { ImportConfirmation } from './import-confirmation';

function skippedLines(plan: ImportPlan): string[] {
  return plan.skipped.map((item) =>
    t('optionsImportSkippedItem', [t(`optionsImportWhat_${item.what}`), String(item.position), item.reason]),
  );
}

export function BackupSection() {
  const [includeAccounts, setIncludeAccounts] = useState(false);
  const [status, setStatus] = useState<string[]>([]);
  const [pending, setPending] = useState<ImportPlan | null>(null);

  const exportNow = async () => {
    const backup = await createBackup(includeAccounts);
    downloadFile(
      `furima-guard-${backup.exportedAt.slice(0, 10)}.json`,
      'application/json',
      JSON.stringify(backup, null, 2),
    );
  };

  const apply = async (plan: ImportPlan, sensitiveConfirmed: boolean) => {
    setPending(null);
    try {
      const written = await applyImport(plan, sensitiveConfirmed);
      setStatus([t('optionsImportDone', [String(written)]), ...skippedLines(plan)]);
    } catch (error) {
      setStatus([t('optionsStorageFailed', [error instanceof Error ? error.name : 'unknown'])]);
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let plan: ImportPlan;
    try {
      plan = planImport(await file.text(), await readSettings());
    } catch {
      setStatus([t('optionsImportFailed')]);
      return;
    }
    // Nothing changes until the user has seen what would weaken protection.
    if (hasSensitiveChanges(plan)) setPending(plan);
    else await apply(plan, false);
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
      {pending && (
        <ImportConfirmation
          plan={pending}
          onApplyAll={() => void apply(pending, true)}
          onApplySafe={() => void apply(pending, false)}
          onCancel={() => {
            setPending(null);
            setStatus([t('optionsImportCancelled')]);
          }}
        />
      )}
      <div role="status" data-import-status>
        {status.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  );
}
