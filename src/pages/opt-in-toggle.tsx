import { t } from '../platform/i18n';

/** One opt-in's checkbox, wherever it is offered (welcome page, options); off until known. */
export function OptInToggle(props: {
  setting: 'watch-all-sites' | 'weekly-check-in';
  /** The id of the text that says what the opt-in costs. */
  describedBy: string;
  label: string;
  state: { enabled: boolean | null; toggle: (want: boolean) => Promise<void>; denied?: boolean };
}) {
  const { state } = props;
  return (
    <>
      <label class="toggle">
        <input
          type="checkbox"
          data-setting={props.setting}
          aria-describedby={props.describedBy}
          checked={state.enabled === true}
          disabled={state.enabled === null}
          onChange={(event) => void state.toggle((event.currentTarget as HTMLInputElement).checked)}
        />
        {props.label}
      </label>
      {state.denied && <p role="alert">{t('optionsWatchDenied')}</p>}
    </>
  );
}
