import { sendToBackground } from '../platform/content-messaging';
import { isMounted, mountFrame, revealFrame, unmountFrame } from './frame-host';
import type { PageKind } from '../model/page-kinds';
import type { PageContext } from './page-context';
import { randomToken } from './random-token';
import { recognizePage } from './recognizer';
import { createRescanScheduler } from './rescan-scheduler';
import { pageSignature } from './page-signature';

/** Changes pause this long before the page is checked again... */
const RESCAN = { quietMs: 250, maxWaitMs: 1_500 };
/** ...a new URL is scanned at once (pushState included: the banner must follow within 500 ms)... */
const AT_NAVIGATION = { quietMs: 0, maxWaitMs: 0 };
/** ...and for a while after it, changes are checked sooner: the new screen's fields may come late. */
const AFTER_NAVIGATION = { quietMs: 50, maxWaitMs: 100 };
const AFTER_NAVIGATION_MS = 3_000;

/** A new open shadow root: its fields are out of the document's selectors, so it forces a scan. */
function addsShadowRoot(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (!(node instanceof Element)) continue;
    if (node.shadowRoot) return true;
    if (node.childElementCount > 0)
      for (const element of node.getElementsByTagName('*')) if (element.shadowRoot) return true;
  }
  return false;
}

/**
 * A class or style flip on a box of fields may show one step and hide another (wizards stepped by
 * CSS alone). The signature reads markup, not styles, so such a flip forces a scan. Flips on boxes
 * without fields (carousels, badges) and on the fields themselves (validation styles while typing)
 * do not; a header holding a search box does, at most once per maximum wait (see the bench).
 */
function restylesFields(record: MutationRecord): boolean {
  return (
    /^(class|style)$/.test(record.attributeName ?? '') &&
    !!(record.target as Element).querySelector('input,select,textarea')
  );
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
  let lastKind: PageKind | null | undefined;
  let announcements = 0;
  let shownBanner = '';

  // The background answers with the page's kind: the catalog's, where a catalogued URL shape names
  // one. Only the answer to the latest announcement counts.
  const announce = async () => {
    const announcement = ++announcements;
    const reply = await sendToBackground('content-to-background:page-seen', {
      hostname: context.hostname,
      pathname: location.pathname.slice(0, 2048),
      pageKind: lastKind ?? 'unknown',
    });
    if (signal.aborted) return;
    context.muted = reply.muted;
    if (reply.carryOverToken && context.isTopFrame) {
      const frame = randomToken();
      context.frameIds.set('warning', frame);
      mountFrame('warning', { token: reply.carryOverToken, frame });
    }
    // A carry-over is handed over once, so it is shown even from an answer a newer one overtook.
    if (announcement !== announcements) return;
    const kind = (context.pageKind = reply.pageKind === 'unknown' ? null : reply.pageKind);
    // Banners speak for the whole page: only the top document shows them.
    if (!reply.showBanner || !kind || !context.isTopFrame) {
      unmountFrame('banner');
      return;
    }
    const incident = reply.incidentOpen ? 'open' : 'none';
    // The same banner for the same page stays as it is: a rescan that reads the page better (its
    // password field came) must not make it flash.
    const banner = `${kind} ${incident} ${location.href}`;
    if (banner === shownBanner && isMounted('banner')) return;
    shownBanner = banner;
    const frame = randomToken();
    context.frameIds.set('banner', frame);
    mountFrame(
      'banner',
      { kind, host: context.hostname, incident, frame },
      // On a phone the banner spans the width: it takes a corner clear of the password form.
      { avoid: passwordForms },
    );
  };

  let roots: readonly (Document | ShadowRoot)[] = [document];
  let passwordForms: Element[] = [];
  let lastSignature = '';
  /** Set by changes the signature cannot see (new shadow roots, popovers): the next check scans. */
  let forced = false;

  const rescan = () => {
    const recognition = safely(() => recognizePage(document));
    if (!recognition) return;
    roots = recognition.roots;
    passwordForms = recognition.passwordFields.map((field) => field.form ?? field);
    // A password form may come after the banner (identifier-first logins): the banner makes way.
    revealFrame('banner', passwordForms);
    lastSignature = safely(() => pageSignature(roots)) ?? '';
    context.scanned(recognition);
    if (recognition.kind === lastKind && location.href === lastUrl) return;
    lastKind = context.pageKind = recognition.kind;
    lastUrl = location.href;
    announce().catch(() => undefined);
  };
  // The full scan reads text, styles and layout (a forced layout on a page dirtied every 40 ms);
  // the signature reads neither, so a page that keeps changing is scanned only when it moved.
  const check = () => {
    if (!forced && safely(() => pageSignature(roots)) === lastSignature) return;
    forced = false;
    rescan();
  };

  rescan();
  const scheduler = createRescanScheduler(check, signal);
  let seenUrl = location.href;
  let navigatedAt = -Infinity;
  // URL changes come as navigation events where the engine has them, else with the DOM changes
  // that follow them; either way the first sign of one starts a scan.
  const changed = () => {
    if (location.href !== seenUrl) {
      seenUrl = location.href;
      navigatedAt = performance.now();
      scheduler.request(AT_NAVIGATION);
    } else
      scheduler.request(performance.now() - navigatedAt < AFTER_NAVIGATION_MS ? AFTER_NAVIGATION : RESCAN);
  };
  const observer = new MutationObserver((records) => {
    if (!forced) forced = records.some((record) => addsShadowRoot(record) || restylesFields(record));
    changed();
  });
  // `open`, `hidden`, `class` and `style` flips show dialogs, panels and steps without adding
  // nodes; a virtual DOM may turn one step into the next by rewriting text nodes in place (the
  // signature reads the headings).
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'class', 'style'],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // Popovers and modal dialogs enter the top layer without any DOM change.
  const toggled = () => {
    forced = true;
    changed();
  };
  addEventListener('toggle', toggled, { capture: true, signal });
  addEventListener('popstate', changed, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', changed, { signal });
  navigation?.addEventListener('navigatesuccess', changed, { signal });
}
