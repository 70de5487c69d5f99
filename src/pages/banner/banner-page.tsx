import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { readFrameParameters } from '../../platform/contract/frame-parameters';
import { sendToBackground } from '../../platform/messaging';
import type { PageKind } from '../../model/page-kinds';
import { siteForHost } from '../../catalog/catalog';
import { useClickjackingGuard } from '../clickjacking-guard';
import { closeThisFrame } from '../frame-close';
import { prepareDocument } from '../../ui/page-document';
import { AccountAlert } from './account-alert';
import '../../ui/theme.css';
import './banner.css';

const parameters = readFrameParameters('banner', location.search);
const kind: PageKind | null = parameters?.kind ?? null;
const hostname = parameters?.host ?? '';
const incidentOpen = parameters?.incident === 'open';
const language = uiLanguage();

function Banner({ pageKind }: { pageKind: PageKind }) {
  const { root, obscured, guarded } = useClickjackingGuard<HTMLElement>();
  const siteName = siteForHost(hostname)?.name[language] ?? hostname;
  const caution = incidentOpen && pageKind === 'identity-verification';
  const keyPart = pageKind.replace(/-/g, '_');
  const title = caution ? t('bannerIncidentTitle') : t(`bannerTitle_${keyPart}`);
  const body = caution ? t('bannerIncidentBody') : t(`bannerBody_${keyPart}`, [siteName]);
  return (
    <main
      ref={root}
      class={`banner ${caution ? 'caution' : ''}`}
      aria-label={title}
      data-caution={caution ? 'incident' : undefined}
    >
      <p class="brand">{t('brandTag')}</p>
      <h1>{title}</h1>
      <p>{body}</p>
      {obscured && <p class="obscured">{t('warningObscured')}</p>}
      <div class="actions">
        <button type="button" onClick={guarded(() => closeThisFrame('banner'))}>
          {t('actionClose')}
        </button>
        {!caution && (
          <button
            type="button"
            onClick={guarded(() => {
              void sendToBackground('page-to-background:dismiss-banner', { hostname, pageKind }).then(() =>
                closeThisFrame('banner'),
              );
            })}
          >
            {t('actionDismiss')}
          </button>
        )}
      </div>
    </main>
  );
}

if (kind) document.documentElement.dataset.pageKind = kind;
prepareDocument(language, t('extensionName'));
if (kind) render(<Banner pageKind={kind} />, document.getElementById('app') as HTMLElement);
// The same page in the alert slot shows the account sentinel's alert instead.
const alertToken = kind ? undefined : readFrameParameters('alert', location.search)?.alert;
if (alertToken)
  render(<AccountAlert alertToken={alertToken} />, document.getElementById('app') as HTMLElement);
