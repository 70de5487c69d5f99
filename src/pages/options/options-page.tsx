import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { prepareDocument } from '../../ui/page-document';
import { AccountsSection } from './accounts-section';
import { BackupSection } from './backup-section';
import { EndpointSection } from './endpoint-section';
import { WatchSection } from './watch-section';
import '../../ui/theme.css';
import './options.css';

function Options() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="help">{t('optionsLanguageNote')}</p>
      <AccountsSection />
      <WatchSection />
      <EndpointSection />
      <BackupSection />
    </main>
  );
}

prepareDocument(uiLanguage(), t('optionsTitle'));
render(<Options />, document.getElementById('app') as HTMLElement);
