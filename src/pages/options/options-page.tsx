import { render } from 'preact';
import { t, uiLanguage } from '../../shared/i18n';
import { prepareDocument } from '../frame-controls';
import '../theme.css';

prepareDocument(uiLanguage(), t('extensionName'));
render(
  <main>
    <h1>{t('popupOptions')}</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
