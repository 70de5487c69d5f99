import { sendToBackground } from '../platform/content-messaging';
import { readAccountFacts } from './account-fact-reader';
import { holdsUserValue } from './field-provenance';
import { mountFrame } from './frame-host';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';

/** Pages whose fields are the user's login, not the account's registered facts. */
const NOT_SETTINGS = /^(login|signup|password-change)$/;

/**
 * The account sentinel's eyes: after every scan, the registered facts this page displays go to the
 * background (once per distinct reading), which keeps keyed digests and answers with an alert when
 * one changed while the user was away. A real submit of a form the user typed into tells the
 * background that a change of those facts is the user's own.
 */
export function initAccountFacts(context: PageContext, signal: AbortSignal): void {
  if (!context.isTopFrame) return;
  let lastReading = '';
  context.onScan(({ kind, roots }) => {
    if (signal.aborted || NOT_SETTINGS.test(kind ?? '')) return;
    const facts = readAccountFacts(roots);
    const reading = JSON.stringify(facts);
    if (facts.length === 0 || reading === lastReading) return;
    lastReading = reading;
    sendToBackground('content-to-background:account-facts-seen', { hostname: context.hostname, facts })
      .then(({ alertToken }) => {
        if (!alertToken || signal.aborted) return;
        const frame = randomToken();
        context.frameIds.set('alert', frame);
        mountFrame('alert', { alert: alertToken, frame });
      })
      .catch(() => undefined);
  });

  addEventListener(
    'submit',
    (event) => {
      const form = event.composedPath()[0];
      // `requestSubmit()` from a page script is trusted too: only fields the user typed count.
      if (!event.isTrusted || !(form instanceof HTMLFormElement) || NOT_SETTINGS.test(context.pageKind ?? ''))
        return;
      const typed = [...form.elements].filter(
        (field): field is HTMLInputElement => field instanceof HTMLInputElement && holdsUserValue(field),
      );
      // Which facts the form changes is the background's call, from these labels and the page kind.
      const fieldLabels = typed.map((field) =>
        `${[...(field.labels ?? [])].map((label) => label.textContent).join(' ')} ${field.placeholder}`.slice(
          0,
          300,
        ),
      );
      if (fieldLabels.length > 0)
        void sendToBackground('content-to-background:account-change-submitted', {
          hostname: context.hostname,
          pageKind: context.pageKind ?? 'unknown',
          fieldLabels: fieldLabels.slice(0, 40),
        }).catch(() => undefined);
    },
    { capture: true, signal },
  );
}
