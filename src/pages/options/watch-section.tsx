import { t } from '../../platform/i18n';
import { OptInToggle } from '../opt-in-toggle';
import { useAllSitesWatch } from '../opt-in-settings';

export function WatchSection() {
  const watch = useAllSitesWatch();
  return (
    <section aria-labelledby="watch-title">
      <h2 id="watch-title">{t('optionsWatchTitle')}</h2>
      <p class="help" id="watch-help">
        {t('optionsWatchHelp')}
      </p>
      <OptInToggle
        setting="watch-all-sites"
        describedBy="watch-help"
        label={t('optionsWatchToggle')}
        state={watch}
      />
    </section>
  );
}
