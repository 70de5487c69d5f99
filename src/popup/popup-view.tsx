import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t, uiLanguage } from '../shared/i18n';
import { readLastVerdicts, type LastVerdict } from '../shared/last-verdicts';
import type { MarketplaceSite } from '../sites/types';
import { activeSite } from './active-site';

const language = uiLanguage();

function hijackedUrl(site: MarketplaceSite | undefined): string {
  const path = browser.runtime.getURL('src/pages/hijacked/hijacked.html');
  return site
    ? `${path}?site=${encodeURIComponent(site.primaryDomain)}&id=${encodeURIComponent(site.id)}`
    : path;
}

export function Popup() {
  const [site, setSite] = useState<MarketplaceSite | undefined | null>(null);
  const [last, setLast] = useState<LastVerdict>();
  useEffect(() => {
    void activeSite().then(async (found) => {
      setSite(found);
      if (found) setLast((await readLastVerdicts())[found.credentialGroup]);
    });
  }, []);
  if (site === null) return <main class="popup" aria-busy="true" />;
  return (
    <main class="popup">
      <header class="popup-header">
        <p class="brand">{t('extensionName')}</p>
        <h1 data-site={site?.id ?? ''}>{site ? site.name[language] : t('popupNotCatalogued')}</h1>
      </header>
      {site ? (
        <p class="last-check" data-last-verdict={last?.tokens.join(' ') ?? ''}>
          {last
            ? t('popupLastCheck', [new Date(last.checkedAt).toLocaleString(language)])
            : t('popupNoCheckYet')}
        </p>
      ) : (
        <p>{t('popupNotCataloguedHelp')}</p>
      )}
      <a class="hijacked" data-action="hijacked" href={hijackedUrl(site)} target="_blank" rel="noopener">
        <strong>{t('popupHijacked')}</strong>
        <span>{t('popupHijackedHint')}</span>
      </a>
    </main>
  );
}
