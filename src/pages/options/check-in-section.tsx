import { t } from '../../platform/i18n';
import { OptInToggle } from '../opt-in-toggle';
import { useWeeklyCheckIn } from '../opt-in-settings';

export function CheckInSection() {
  const checkIn = useWeeklyCheckIn();
  return (
    <section aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t('welcomeCheckInTitle')}</h2>
      <p class="help" id="check-in-help">
        {t('welcomeCheckInTradeOff')}
      </p>
      <OptInToggle
        setting="weekly-check-in"
        describedBy="check-in-help"
        label={t('welcomeCheckInToggle')}
        state={checkIn}
      />
    </section>
  );
}
