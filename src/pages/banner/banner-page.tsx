import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import { send } from '../../shared/messages';
import { isPageKind, type PageKind } from '../../shared/page-kinds';
import { siteForHost } from '../../sites/catalog';
import { closeThisFrame, prepareDocument, watchObscured } from '../frame-controls';
import '../theme.css';
import './banner.css';

const query = new URLSearchParams(location.search);
const rawKind = query.get('kind');
const kind: PageKind | null = isPageKind(rawKind) ? rawKind : null;
const hostname = query.get('host') ?? '';
const incidentOpen = query.get('incident') === '1';
const language = uiLanguage();

function Banner({ pageKind }: { pageKind: PageKind }) {
  const root = useRef<HTMLElement>(null);
  const isObscured = useRef<() => boolean>(() => false);
  const [obscured, setObscured] = useState(false);
  useEffect(() => {
    if (root.current) isObscured.current = watchObscured(root.current, setObscured);
  }, []);
  const siteName = siteForHost(hostname)?.name[language] ?? hostname;
  const caution = incidentOpen && pageKind === 'identity-verification';
  const keyPart = pageKind.replace(/-/g, '_');
  const title = caution ? t('bannerIncidentTitle') : t(`bannerTitle_${keyPart}`);
  const body = caution ? t('bannerIncidentBody') : t(`bannerBody_${keyPart}`, [siteName]);
  const guarded = (action: () => void) => () => {
    if (!isObscured.current()) action();
  };
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
        <button type="button" onClick={guarded(closeThisFrame)}>
          {t('actionClose')}
        </button>
        {!caution && (
          <button
            type="button"
            onClick={guarded(() => {
              void send('page-to-background:dismiss-banner', { hostname, pageKind }).then(closeThisFrame);
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
