import { sendToBackground } from '../platform/content-messaging';
import { mountFrame, unmountFrame } from './frame-host';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';
import { recognizePage } from './recognizer';
import { scheduleWithMaxWait } from './rescan-scheduler';

/** Changes pause at least this long before a rescan... */
const RESCAN_DELAY_MS = 150;
/** ...and a page that never pauses is rescanned this often, so banners follow any navigation. */
const RESCAN_MAX_WAIT_MS = 400;

/** Never throw into the page; a failed scan just means no banner this time. */
function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/**
 * Recognizes the page (again whenever the DOM or the URL changes) and shows the banner for its
 * kind in the top document. The background also hands over the warning of a login submitted on
 * the previous page of this tab (carry-over).
 */
export function initPageBanner(context: PageContext, signal: AbortSignal): void {
  let lastUrl = '';
  let lastKind: string | null | undefined;

  const announce = async () => {
    const kind = context.pageKind;
    const reply = await sendToBackground('content-to-background:page-seen', {
      hostname: context.hostname,
      pageKind: kind ?? 'unknown',
    });
    if (signal.aborted) return;
    context.muted = reply.muted;
    if (reply.carryOverToken && context.isTopFrame) {
      const frame = randomToken();
      context.frameIds.set('warning', frame);
      mountFrame('warning', { token: reply.carryOverToken, frame });
    }
    // Banners speak for the whole page: only the top document shows them.
    if (!reply.showBanner || !kind || !context.isTopFrame) {
      unmountFrame('banner');
      return;
    }
    const frame = randomToken();
    context.frameIds.set('banner', frame);
    mountFrame('banner', {
      kind,
      host: context.hostname,
      incident: reply.incidentOpen ? 'open' : 'none',
      frame,
    });
  };

  const rescan = () => {
    const recognition = safely(() => recognizePage(document, context.site));
    if (!recognition) return;
    context.scanned(recognition);
    if (recognition.kind === lastKind && location.href === lastUrl) return;
    lastKind = context.pageKind = recognition.kind;
    lastUrl = location.href;
    announce().catch(() => undefined);
  };

  rescan();
  // Fields appear late and single-page apps change page kind without reloading.
  const schedule = scheduleWithMaxWait(
    rescan,
    { delayMs: RESCAN_DELAY_MS, maxWaitMs: RESCAN_MAX_WAIT_MS },
    signal,
  );
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  addEventListener('popstate', schedule, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
}
