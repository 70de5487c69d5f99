import type { MarketplaceSite } from '../../model/marketplace';
import { t, uiLanguage } from '../../platform/i18n';

const language = uiLanguage();

/**
 * The two-factor step's links, each labelled for what it is: the setting itself when the catalog
 * knows where it is, the operator's help page as documentation, or what protects the account instead.
 */
export function TwoFactorLinks({
  site,
  linkedSite,
}: {
  site: MarketplaceSite;
  linkedSite?: MarketplaceSite;
}) {
  const { settingsUrl, docs, note } = site.twoFactor;
  return (
    <ul class="two-factor-links" data-two-factor-links>
      {settingsUrl && (
        <li>
          <a href={settingsUrl.url} target="_blank" rel="noopener noreferrer" data-link="two-factor-settings">
            {t('hijackedTwoFactorSettings', [site.name[language]])}
          </a>
        </li>
      )}
      {docs && (
        <li>
          <a href={docs} target="_blank" rel="noopener noreferrer" data-link="two-factor-docs">
            {t('hijackedTwoFactorDocs', [site.name[language]])}
          </a>
        </li>
      )}
      {!settingsUrl && !docs && (
        <li data-link="two-factor-none">
          {t('hijackedTwoFactorNone', [site.name[language]])}
          {linkedSite && ` ${t('hijackedTwoFactorLinked', [linkedSite.name[language]])}`}
        </li>
      )}
      {note && <li>{note[language]}</li>}
    </ul>
  );
}
