import { render } from 'preact';
import { prepareDocument } from '../pages/frame-controls';
import { t, uiLanguage } from '../shared/i18n';
import { Popup } from './popup-view';
import '../pages/theme.css';
import './popup.css';

prepareDocument(uiLanguage(), t('extensionName'));
render(<Popup />, document.getElementById('app') as HTMLElement);
