import { t } from '../../platform/i18n';
import { OptInToggle } from '../opt-in-toggle';
import { useAllSitesWatch, useWeeklyCheckIn } from '../opt-in-settings';

/** The two opt-ins, each with what it costs; both stay off until the user turns them on. */
export function OptInChoices() {
  const watch = useAllSitesWatch();
  const checkIn = useWeeklyCheckIn();
  return (
    <section aria-labelledby="choices-title">
      <h2 id="choices-title">{t('welcomeChoicesTitle')}</h2>
      <div class="choice">
        <h3 id="watch-choice">{t('welcomeWatchTitle')}</h3>
        <p id="watch-trade-off">{t('welcomeWatchTradeOff')}</p>
        <OptInToggle
          setting="watch-all-sites"
          describedBy="watch-trade-off"
          label={t('optionsWatchToggle')}
          state={watch}
        />
      </div>
      <div class="choice">
        <h3 id="check-in-choice">{t('welcomeCheckInTitle')}</h3>
        <p id="check-in-trade-off">{t('welcomeCheckInTradeOff')}</p>
        <OptInToggle
          setting="weekly-check-in"
          describedBy="check-in-trade-off"
          label={t('welcomeCheckInToggle')}
          state={checkIn}
        />
      </div>
    </section>
  );
}
