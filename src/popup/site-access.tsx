import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { hasInstalledHosts, requestInstalledHosts } from '../platform/permissions';

/**
 * Says so when the browser withholds any marketplace or the range API from the guard, which then
 * cannot warn there, and asks for them back in one click.
 */
export function SiteAccessNotice() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasInstalledHosts()
      .catch(() => true)
      .then(setGranted);
  }, []);
  // Granted, it leaves an empty mark, so a reader can tell "checked and fine" from "not yet known".
  if (granted !== false) return granted ? <div hidden data-site-access="granted" /> : null;
  const ask = () =>
    void requestInstalledHosts()
      .catch(() => false)
      .then(setGranted);
  return (
    <section class="site-access" role="alert" data-site-access="withheld">
      <p>{t('popupSiteAccessWithheld')}</p>
      <button type="button" data-action="grant-site-access" onClick={ask}>
        {t('popupSiteAccessGrant')}
      </button>
    </section>
  );
}
