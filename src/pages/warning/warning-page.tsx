import { render } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

import { say, t, uiLanguage } from '../../platform/i18n';
import { readFrameParameters } from '../../platform/contract/frame-parameters';
import { sendToBackground } from '../../platform/messaging';
import { watchVerdict } from '../../platform/verdict-store';
import type { PasswordVerdict } from '../../model/verdict';
import { siteForHost } from '../../catalog/catalog';
import { changePasswordUrl } from '../../catalog/change-password-url';
import { useClickjackingGuard } from '../clickjacking-guard';
import { closeThisFrame } from '../frame-close';
import { prepareDocument } from '../../ui/page-document';
import { verdictWording } from '../../domain/verdict-wording';
import '../../ui/theme.css';
import './warning.css';

const token = readFrameParameters('warning', location.search)?.token;
const language = uiLanguage();

function useVerdict(): PasswordVerdict | undefined {
  const [verdict, setVerdict] = useState<PasswordVerdict>();
  useEffect(() => {
    if (!token) return undefined;
    const lifetime = new AbortController();
    // A later write always carries at least as much as an earlier one.
    watchVerdict(
      token,
      (next) => setVerdict((current) => (current && current.checkedAt > next.checkedAt ? current : next)),
      lifetime.signal,
    );
    return () => lifetime.abort();
  }, []);
  return verdict;
}

function WarningFrame() {
  const verdict = useVerdict();
  const { root, obscured, guarded } = useClickjackingGuard<HTMLElement>();

  // Layout effect: runs right after render, not after the next paint (which a frame loaded
  // while hidden may wait for).
  useLayoutEffect(() => {
    const element = document.documentElement;
    if (verdict?.state === 'done' && verdict.tokens.length > 0) {
      element.dataset.verdict = verdict.tokens.join(' ');
      // For the blur-to-verdict benchmark; user timing stays inside this extension frame.
      if (performance.getEntriesByName('furima-guard:verdict-shown').length === 0) {
        performance.mark('furima-guard:verdict-shown');
      }
    } else delete element.dataset.verdict;

    if (verdict?.breachCount) element.dataset.breachCount = String(verdict.breachCount);
    else delete element.dataset.breachCount;
  }, [verdict]);

  const site = verdict ? siteForHost(verdict.hostname) : undefined;
  const wording =
    verdict?.state === 'done' && verdict.tokens.length > 0 ? verdictWording(verdict, language) : undefined;
  const message = wording && { tone: wording.tone, title: say(wording.title), lines: wording.lines.map(say) };
  const link =
    site && message && message.tone === 'danger' && verdict?.siteId ? changePasswordUrl(site) : undefined;

  return (
    <main ref={root} class={`warning tone-${message?.tone ?? 'neutral'}`} aria-label={t('warningFrameLabel')}>
      <p class="brand">{t('brandTag')}</p>
      {/* When a long verdict makes the words scroll, both engines make the box keyboard-focusable. */}
      <div role="status" aria-live="polite">
        {message ? (
          <>
            <h1>{message.title}</h1>
            {message.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        ) : (
          <p>{t('warningChecking')}</p>
        )}
      </div>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('warningChangePassword')}
          </a>
        </p>
      )}
      {obscured && <p class="obscured">{t('warningObscured')}</p>}
      <div class="actions">
        <button type="button" onClick={guarded(() => closeThisFrame('warning'))}>
          {t('actionNotNow')}
        </button>
        {verdict && (
          <button
            type="button"
            onClick={guarded(() => {
              void sendToBackground('page-to-background:mute-site', {
                hostname: verdict.hostname,
                muted: true,
              }).then(() => closeThisFrame('warning'));
            })}
          >
            {t('actionDontWarnSite')}
          </button>
        )}
      </div>
    </main>
  );
}

prepareDocument(language, t('warningFrameLabel'));
render(<WarningFrame />, document.getElementById('app') as HTMLElement);
