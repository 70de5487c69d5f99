import { render } from 'preact';
import { prepareDocument } from '../ui/page-document';
import { t, uiLanguage } from '../platform/i18n';
import { shownInTab } from '../platform/tabs';
import { Popup } from './popup-view';
import '../ui/theme.css';
import './popup.css';

prepareDocument(uiLanguage(), t('extensionName'));
void shownInTab().then((inTab) => document.documentElement.classList.toggle('in-tab', inTab));
render(<Popup />, document.getElementById('app') as HTMLElement);
