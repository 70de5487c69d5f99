import { t } from '../../platform/i18n';
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
        <label class="toggle">
          <input
            type="checkbox"
            data-setting="watch-all-sites"
            aria-describedby="watch-trade-off"
            checked={watch.enabled === true}
            disabled={watch.enabled === null}
            onChange={(event) => void watch.toggle((event.currentTarget as HTMLInputElement).checked)}
          />
          {t('optionsWatchToggle')}
        </label>
        {watch.denied && <p role="alert">{t('optionsWatchDenied')}</p>}
      </div>
      <div class="choice">
        <h3 id="check-in-choice">{t('welcomeCheckInTitle')}</h3>
        <p id="check-in-trade-off">{t('welcomeCheckInTradeOff')}</p>
        <label class="toggle">
          <input
            type="checkbox"
            data-setting="weekly-check-in"
            aria-describedby="check-in-trade-off"
            checked={checkIn.enabled === true}
            disabled={checkIn.enabled === null}
            onChange={(event) => void checkIn.toggle((event.currentTarget as HTMLInputElement).checked)}
          />
          {t('welcomeCheckInToggle')}
        </label>
      </div>
    </section>
  );
}
