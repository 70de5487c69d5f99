import { t } from '../../platform/i18n';
import type { ImportPlan } from './backup';

/** What an import would change that weakens protection, asked before anything is written. */
export function ImportConfirmation(props: {
  plan: ImportPlan;
  onApplyAll: () => void;
  onApplySafe: () => void;
  onCancel: () => void;
}) {
  const { endpoint, mutedAdded, dismissedAdded } = props.plan.sensitive;
  return (
    <div role="alertdialog" aria-labelledby="import-confirm-title" class="confirm" data-import-confirmation>
      <h3 id="import-confirm-title">{t('optionsImportConfirmTitle')}</h3>
      <ul>
        {endpoint && (
          <li data-change="endpoint">
            {t('optionsImportConfirmEndpoint', [endpoint.from ?? t('optionsEndpointPublic'), endpoint.to])}
          </li>
        )}
        {mutedAdded.length > 0 && (
          <li data-change="muted">{t('optionsImportConfirmMuted', [mutedAdded.join(', ')])}</li>
        )}
        {dismissedAdded.length > 0 && (
          <li data-change="dismissed">{t('optionsImportConfirmDismissed', [dismissedAdded.join(', ')])}</li>
        )}
      </ul>
      <div class="row">
        <button type="button" data-action="import-safe" onClick={props.onApplySafe}>
          {t('optionsImportApplySafe')}
        </button>
        <button type="button" data-action="import-all" onClick={props.onApplyAll}>
          {t('optionsImportApplyAll')}
        </button>
        <button type="button" data-action="import-cancel" onClick={props.onCancel}>
          {t('actionCancel')}
        </button>
      </div>
    </div>
  );
}
