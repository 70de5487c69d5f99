import { t } from '../../platform/i18n';
import { useAllSitesWatch } from '../opt-in-settings';

export function WatchSection() {
  const watch = useAllSitesWatch();
  return (
    <section aria-labelledby="watch-title">
      <h2 id="watch-title">{t('optionsWatchTitle')}</h2>
      <p class="help" id="watch-help">
        {t('optionsWatchHelp')}
      </p>
      <label class="toggle">
        <input
          type="checkbox"
          data-setting="watch-all-sites"
          aria-describedby="watch-help"
          checked={watch.enabled === true}
          disabled={watch.enabled === null}
          onChange={(event) => void watch.toggle((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('optionsWatchToggle')}
      </label>
      {watch.denied && <p role="alert">{t('optionsWatchDenied')}</p>}
    </section>
  );
}
