import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { playbookFor } from '../../domain/response-playbook';
import { CATALOG, siteForParameter } from '../../catalog/catalog';
import { prepareDocument } from '../../ui/page-document';
import { ResponsePage } from './response-page';
import '../../ui/theme.css';
import './hijacked.css';

const language = uiLanguage();
const query = new URLSearchParams(location.search);
// `id` disambiguates sites that share a registrable domain (Mercari Japan and US).
const site = siteForParameter(query.get('id') ?? '') ?? siteForParameter(query.get('site') ?? '');

function ChooseSite() {
  return (
    <main class="hijacked-page">
      <h1>{t('hijackedNoSite')}</h1>
      <ul class="site-choice">
        {CATALOG.map((candidate) => (
          <li key={candidate.id}>
            <a href={`?site=${encodeURIComponent(candidate.primaryDomain)}&id=${candidate.id}`}>
              {candidate.name[language]}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}

prepareDocument(language, site ? t('hijackedTitle', [site.name[language]]) : t('hijackedNoSite'));
render(
  site ? <ResponsePage playbook={playbookFor(site)} /> : <ChooseSite />,
  document.getElementById('app') as HTMLElement,
);
