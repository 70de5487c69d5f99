import { render } from 'preact';
import { prepareDocument } from '../ui/page-document';
import { t, uiLanguage } from '../platform/i18n';
import { Popup } from './popup-view';
import '../ui/theme.css';
import './popup.css';

prepareDocument(uiLanguage(), t('extensionName'));
render(<Popup />, document.getElementById('app') as HTMLElement);
