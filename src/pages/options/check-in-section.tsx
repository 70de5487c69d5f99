import { t } from '../../platform/i18n';
import { useWeeklyCheckIn } from '../opt-in-settings';

export function CheckInSection() {
  const checkIn = useWeeklyCheckIn();
  return (
    <section aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t('welcomeCheckInTitle')}</h2>
      <p class="help" id="check-in-help">
        {t('welcomeCheckInTradeOff')}
      </p>
      <label class="toggle">
        <input
          type="checkbox"
          data-setting="weekly-check-in"
          aria-describedby="check-in-help"
          checked={checkIn.enabled === true}
          disabled={checkIn.enabled === null}
          onChange={(event) => void checkIn.toggle((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('welcomeCheckInToggle')}
      </label>
    </section>
  );
}
