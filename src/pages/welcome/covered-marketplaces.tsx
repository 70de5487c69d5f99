import { CATALOG } from '../../catalog/catalog';
import { t, uiLanguage } from '../../platform/i18n';

const language = uiLanguage();

/** Every catalogued marketplace, with its sign-in page where the catalog knows it. */
export function CoveredMarketplaces() {
  return (
    <section aria-labelledby="covered-title">
      <h2 id="covered-title">{t('welcomeCoveredTitle')}</h2>
      <p class="help">{t('welcomeCoveredHelp')}</p>
      <ul class="covered" data-covered-sites>
        {CATALOG.map((site) => (
          <li key={site.id} data-site={site.id}>
            <span class="site-name">{site.name[language]}</span>
            {site.loginUrl && (
              <a
                href={site.loginUrl.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('welcomeLoginLabel', [site.name[language]])}
              >
                {t('welcomeLogin')}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
