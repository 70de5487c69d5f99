import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { extensionPageUrl } from '../../platform/tabs';
import { prepareDocument } from '../../ui/page-document';
import { CoveredMarketplaces } from './covered-marketplaces';
import { OptInChoices } from './opt-in-choices';
import { PrivacyDetails } from './privacy-details';
import '../../ui/theme.css';
import './welcome.css';

function Welcome() {
  return (
    <main class="welcome" data-page="welcome">
      <header>
        <p class="brand">{t('brandTag')}</p>
        <h1>{t('welcomeTitle')}</h1>
        <ul class="what-it-does" data-what-it-does>
          <li>{t('welcomeDoesCheck')}</li>
          <li>{t('welcomeDoesBanner')}</li>
          <li>{t('welcomeDoesRespond')}</li>
        </ul>
      </header>
      <section aria-labelledby="leaves-title" class="leaves">
        <h2 id="leaves-title">{t('welcomeLeavesTitle')}</h2>
        <p data-what-leaves>
          {t('welcomeLeavesSentence')} <a href="#privacy">{t('welcomePrivacyLink')}</a>
        </p>
      </section>
      <OptInChoices />
      <CoveredMarketplaces />
      <PrivacyDetails />
      <footer>
        <a href={extensionPageUrl('options')}>{t('welcomeOptionsLink')}</a>
      </footer>
    </main>
  );
}

prepareDocument(uiLanguage(), t('welcomeTitle'));
render(<Welcome />, document.getElementById('app') as HTMLElement);
