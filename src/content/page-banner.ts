import { sendToBackground } from '../platform/content-messaging';
import { mountFrame, unmountFrame } from './frame-host';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';
import { recognizePage } from './recognizer';
import { createRescanScheduler } from './rescan-scheduler';

/** Changes pause this long before a rescan... */
const RESCAN = { quietMs: 250, maxWaitMs: 1_500 };
/** ...but after a URL change (pushState included) the banner must follow within 500 ms. */
const AFTER_NAVIGATION = { quietMs: 50, maxWaitMs: 150 };

/** Elements whose arrival or change can change the page kind; a ticking counter cannot. */
const SHAPES_THE_KIND =
  'input, select, textarea, form, h1, h2, h3, legend, label, button, dialog, [role="dialog"]';

function changesTheKind(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest(SHAPES_THE_KIND)) return true;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of Array.from(list)) {
      if (node instanceof Element && (node.matches(SHAPES_THE_KIND) || node.querySelector(SHAPES_THE_KIND)))
        return true;
    }
  }
  return false;
}

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
  // Fields appear late and single-page apps change page kind without reloading. A page that never
  // stops changing (countdowns, live feeds) is rescanned every 1.5 s, so it costs little, but
  // within 150 ms of a new URL, so the banner follows every navigation.
  const scheduler = createRescanScheduler(rescan, signal);
  const schedule = () => scheduler.request(location.href === lastUrl ? RESCAN : AFTER_NAVIGATION);
  // A new URL always rescans; otherwise only changes that can alter the kind (fields, headings,
  // dialogs) do, so live feeds and countdowns cost one cheap check per change and no scan.
  const observer = new MutationObserver((records) => {
    if (location.href !== lastUrl || records.some(changesTheKind)) schedule();
  });
  // `open` and `hidden` flips show dialogs and panels without adding nodes.
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['open', 'hidden'],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // Popovers and modal dialogs enter the top layer without any DOM change.
  addEventListener('toggle', schedule, { capture: true, signal });
  addEventListener('popstate', schedule, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
}
