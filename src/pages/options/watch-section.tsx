import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import {
  hasAllSitesPermission,
  removeAllSitesPermission,
  requestAllSitesPermission,
} from '../../platform/permissions';
import { readSettings, updateSettings } from '../../platform/settings';

export function WatchSection() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void Promise.all([readSettings(), hasAllSitesPermission()]).then(([settings, granted]) =>
      setEnabled(settings.watchAllSites && granted),
    );
  }, []);

  const toggle = async (want: boolean) => {
    setDenied(false);
    if (want) {
      // Must run inside the click: the browser asks the user for the optional permission.
      const granted = await requestAllSitesPermission();
      if (!granted) {
        setDenied(true);
        setEnabled(false);
        return;
      }
    } else {
      // Withdraw the permission too; a build that holds it from install cannot drop it, which is fine.
      await removeAllSitesPermission().catch(() => false);
    }
    await updateSettings(() => ({ watchAllSites: want }));
    setEnabled(want);
  };

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
          checked={enabled === true}
          disabled={enabled === null}
          onChange={(event) => void toggle((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('optionsWatchToggle')}
      </label>
      {denied && <p role="alert">{t('optionsWatchDenied')}</p>}
    </section>
  );
}
