import { render } from 'preact';
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../platform/i18n';
import { extensionPageUrl } from '../../platform/tabs';
import { prepareDocument } from '../../ui/page-document';
import { AccountsSection, readFirstScreen } from './accounts-section';
import { BackupSection } from './backup-section';
import { CheckInSection } from './check-in-section';
import { EndpointSection } from './endpoint-section';
import { WatchSection } from './watch-section';
import { WipeSection } from './wipe-section';
import '../../ui/theme.css';
import './options.css';

/** Read before the first render; only the first generation uses it (and reports its failure). */
const firstScreen = readFirstScreen();
// Handled where it is awaited; this keeps a failure before the first render from being "unhandled".
firstScreen.catch(() => undefined);

function Options() {
  // After "delete all", every section reads its (now empty) data again.
  const [generation, setGeneration] = useState(0);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="help">{t('optionsLanguageNote')}</p>
      <p>
        <a href={extensionPageUrl('welcome')} data-link="welcome">
          {t('optionsWelcomeLink')}
        </a>
      </p>
      <div key={generation}>
        <AccountsSection firstScreen={generation === 0 ? firstScreen : undefined} />
        <WatchSection />
        <CheckInSection />
        <EndpointSection />
        <BackupSection />
      </div>
      <WipeSection onWiped={() => setGeneration((current) => current + 1)} />
    </main>
  );
}

prepareDocument(uiLanguage(), t('optionsTitle'));
render(<Options />, document.getElementById('app') as HTMLElement);
