import { PASSWORD_PAGE_KINDS } from '../model/page-kinds';
import type { RequestOf } from '../platform/contract/messages';
import { sendToBackground } from '../platform/content-messaging';
import { mayCheck } from './check-throttle';
import { watchCommits, type PasswordEntry } from './commit-watcher';
import { holdsUserValue, trackUserInput } from './field-provenance';
import { deepInputs, isNewPasswordField, usernameNear } from './field-scan';
import { mountFrame, revealFrame, unmountFrame } from './frame-host';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';
import { canHoldWarning, prepareWarning, takePreparedWarning } from './warning-preparation';

const RETRY_DELAYS_MS = [30_000, 120_000, 600_000];
const WAKE_RETRY_PAUSES_MS = [0, 250, 1_000, 3_000];

type CheckRequest = RequestOf<'content-to-background:check-password'>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one check; re-sends if the worker died mid-check, and later (with backoff, or when the
 * network returns) if the range API could not be reached, as long as the field still holds it.
 */
async function runCheck(
  request: CheckRequest,
  field: HTMLInputElement,
  signal: AbortSignal,
  attempt = 0,
): Promise<void> {
  let reply;
  for (const wait of WAKE_RETRY_PAUSES_MS) {
    try {
      reply = await sendToBackground('content-to-background:check-password', request);
      break;
    } catch {
      // The service worker was stopped before answering (or is starting): wake a fresh one.
      await pause(wait);
    }
  }
  // Not to be shown (the site is muted): take the frame mounted for it away again.
  if (reply && !reply.show) unmountFrame('warning');
  if (reply?.outcome !== 'retry-later' || attempt >= RETRY_DELAYS_MS.length || signal.aborted) return;
  const retryOnce = new AbortController();
  const retry = () => {
    retryOnce.abort();
    if (!signal.aborted && field.value === request.password && holdsUserValue(field))
      void runCheck(request, field, signal, attempt + 1);
  };
  // Retry when the network comes back, or after a growing delay, whichever is first; the other
  // trigger is removed with it, so one reconnect sends one check.
  const timer = setTimeout(retry, RETRY_DELAYS_MS[attempt]);
  retryOnce.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  addEventListener('online', retry, { once: true, signal: AbortSignal.any([signal, retryOnce.signal]) });
}

/** Where the verdict shows: the prepared frame, a new one, or the top document for small frames. */
function showWarning(context: PageContext, entry: PasswordEntry): string {
  const submit = entry.field.form?.querySelector(
    'button[type="submit"], input[type="submit"], button:not([type])',
  );
  const avoid = [entry.field, ...(submit ? [submit] : [])];
  const ready = takePreparedWarning();
  const token = ready?.token ?? randomToken();
  const frame = ready?.frame ?? randomToken();
  context.frameIds.set('warning', frame);
  const mountHere = () => mountFrame('warning', { token, frame }, { avoid });
  if (ready) revealFrame('warning', avoid);
  else if (canHoldWarning(context)) mountHere();
  else {
    // A small login iframe: let the top document show the warning instead.
    sendToBackground('content-to-background:show-warning-in-top-frame', {
      hostname: context.hostname,
      token,
      frameId: frame,
    })
      .then((reply) => reply.shown || mountHere())
      .catch(mountHere);
  }
  return token;
}

/**
 * Checks the passwords the user commits on login, signup and password-change pages (breach and
 * reuse, in the background) and shows the verdict in our frame.
 */
export function initTypedPasswordCheck(context: PageContext, signal: AbortSignal): void {
  const watched = new WeakSet<Document | ShadowRoot>();

  const onPasswords = (entries: PasswordEntry[]) => {
    const kind = context.pageKind ?? 'login';
    if (context.muted || !PASSWORD_PAGE_KINDS.includes(kind)) return;
    // The new password matters most on a change page; otherwise the last one entered.
    const entry =
      entries.find((candidate) => isNewPasswordField(candidate.field)) ?? entries[entries.length - 1];
    if (!entry || !mayCheck(entry.field)) return;
    const token = showWarning(context, entry);
    const username = usernameNear(entry.field, deepInputs(document), holdsUserValue);
    const request: CheckRequest = {
      token,
      hostname: context.hostname,
      pageKind: kind,
      fieldRole: isNewPasswordField(entry.field) ? 'new' : 'current',
      password: entry.value,
      ...(username ? { username } : {}),
    };
    void runCheck(request, entry.field, signal);
  };

  // Focus moving inside one shadow root never reaches the document as `focusout`, so every open
  // shadow root gets its own watchers.
  context.onScan(({ roots }) => {
    for (const root of roots) {
      if (watched.has(root)) continue;
      watched.add(root);
      trackUserInput(root, signal);
      watchCommits(root, onPasswords, signal, () => prepareWarning(context));
    }
  });
}
