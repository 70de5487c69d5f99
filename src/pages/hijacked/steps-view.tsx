import type { ComponentChildren } from 'preact';
import type { IncidentRecord } from '../../model/records';
import { t, uiLanguage } from '../../platform/i18n';
import { RESPONSE_STEP_IDS, type ResponseStepId } from '../../domain/response-playbook';

const language = uiLanguage();
export const stepKey = (id: ResponseStepId) => `step_${id.replace(/-/g, '_')}`;

interface Props {
  incident: IncidentRecord;
  onToggle: (id: ResponseStepId, done: boolean) => void;
  extras: Partial<Record<ResponseStepId, ComponentChildren>>;
}

export function StepsView({ incident, onToggle, extras }: Props) {
  return (
    <ol class="steps">
      {RESPONSE_STEP_IDS.map((id) => {
        const doneAt = incident.stepsDone[id];
        return (
          <li
            key={id}
            data-step={id}
            data-done={doneAt ? 'true' : 'false'}
            class={id === 'no-identity-documents' ? 'caution' : ''}
          >
            <label class="step-title">
              <input
                type="checkbox"
                checked={Boolean(doneAt)}
                onChange={(event) => onToggle(id, (event.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t(stepKey(id))}</span>
              {doneAt && (
                <small>{t('hijackedStepDoneAt', [new Date(doneAt).toLocaleString(language)])}</small>
              )}
            </label>
            <p>{t(`${stepKey(id)}_body`)}</p>
            {extras[id]}
          </li>
        );
      })}
    </ol>
  );
}
