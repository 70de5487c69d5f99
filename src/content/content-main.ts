import browser, { type Runtime } from 'webextension-polyfill';
import { send } from '../shared/messages';
import { PASSWORD_PAGE_KINDS, type PageKind } from '../shared/page-kinds';
import { siteForHost } from '../sites/catalog';
import { deepInputs, isNewPasswordField, usernameNear } from './field-scan';

import { isMounted, mountFrame, revealFrame, unmountFrame } from './frame-host';

import { watchPasswords, type PasswordEntry } from './password-watcher';
import { randomToken } from './random-token';
import { recognizePage } from './recognizer';

const WARNING_PAGE = 'src/pages/warning/warning.html';
const BANNER_PAGE = 'src/pages/banner/banner.html';
const RESCAN_DELAY_MS = 250;
const RETRY_DELAYS_MS = [30_000, 120_000, 600_000];
const WAKE_RETRY_PAUSES_MS = [0, 250, 1_000, 3_000];

const isTopFrame = window === window.top;
/** Smaller than this, a frame cannot hold our warning without covering its own form. */
const MIN_FRAME_SIZE = { width: 420, height: 320 };

const hostname = location.hostname;
const site = siteForHost(hostname);
let pageKind: PageKind | null = null;
let lastUrl = '';
let muted = false;
const frameIds = new Map<'banner' | 'warning', string>();

function safely<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    // Never throw into the page; a failed scan just means no banner this time.
    return undefined;
  }
}

async function showBannerFor(kind: PageKind | null): Promise<void> {
  const reply = await send('content-to-background:page-seen', { hostname, pageKind: kind ?? 'unknown' });
  muted = reply.muted;
  if (reply.carryOverToken && isTopFrame && !isMounted('warning')) {
    const frameId = randomToken();
    frameIds.set('warning', frameId);
    mountFrame('warning', WARNING_PAGE, { t: reply.carryOverToken, f: frameId });
  }

  // Banners speak for the whole page: only the top document shows them.
  if (!reply.showBanner || !kind || !isTopFrame) {
    unmountFrame('banner');
    return;
  }
  const frameId = randomToken();
  frameIds.set('banner', frameId);
  mountFrame('banner', BANNER_PAGE, {
    kind,
    host: hostname,
    incident: reply.incidentOpen ? '1' : '0',
    f: frameId,
  });
}

const lifetime = new AbortController();
const watchedRoots = new WeakSet<Document | ShadowRoot>();

/**
 * Focus moving inside one shadow root never reaches the document as `focusout`, so every open
 * shadow root gets its own watcher.
 */
function watchAllRoots(roots: readonly (Document | ShadowRoot)[]): void {
  for (const root of roots) {
    if (watchedRoots.has(root)) continue;
    watchedRoots.add(root);
    watchPasswords(root, onPasswords, lifetime.signal, prepareWarning);
  }
}

function rescan(): void {
  const recognition = safely(() => recognizePage(document, site));
  if (!recognition) return;
  safely(() => watchAllRoots(recognition.roots));
  if (recognition.kind === pageKind && location.href === lastUrl) return;
  pageKind = recognition.kind;
  lastUrl = location.href;
  showBannerFor(pageKind).catch(() => undefined);
}

/** Sends one check; re-sends if the worker died mid-check, and later if the network was down. */
async function runCheck(
  token: string,
  entry: PasswordEntry,
  fieldRole: 'current' | 'new',
  username: string | undefined,
  attempt = 0,
): Promise<void> {
  const request = {
    token,
    hostname,
    pageKind: pageKind ?? 'unknown',
    fieldRole,
    password: entry.value,
    ...(username ? { username } : {}),
  } as const;
  let reply;
  for (const pause of WAKE_RETRY_PAUSES_MS) {
    try {
      reply = await send('content-to-background:check-password', request);
      break;
    } catch {
      // The service worker was stopped before answering (or is starting): wake a fresh one.
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  if (reply?.outcome !== 'retry-later' || attempt >= RETRY_DELAYS_MS.length) return;
  const retry = () => {
    if (entry.field.value === entry.value) void runCheck(token, entry, fieldRole, username, attempt + 1);
  };
  // Retry when the network comes back, or after a growing delay, whichever is first.
  const timer = setTimeout(retry, RETRY_DELAYS_MS[attempt]);
  addEventListener(
    'online',
    () => {
      clearTimeout(timer);
      retry();
    },
    { once: true },
  );
}

/** A warning frame loaded ahead, hidden, while the user types: the verdict then shows at once. */
let preparedWarning: { token: string; frameId: string } | undefined;

function canHoldWarning(): boolean {
  return isTopFrame || (innerWidth >= MIN_FRAME_SIZE.width && innerHeight >= MIN_FRAME_SIZE.height);
}

function prepareWarning(): void {
  const kind = pageKind ?? 'login';
  if (
    muted ||
    preparedWarning ||
    isMounted('warning') ||
    !PASSWORD_PAGE_KINDS.includes(kind) ||
    !canHoldWarning()
  )
    return;
  preparedWarning = { token: randomToken(), frameId: randomToken() };
  mountFrame('warning', WARNING_PAGE, { t: preparedWarning.token, f: preparedWarning.frameId }, [], true);
}

function onPasswords(entries: PasswordEntry[]): void {
  if (muted) return;
  const kind = pageKind ?? 'login';
  if (!PASSWORD_PAGE_KINDS.includes(kind)) return;
  const inputs = deepInputs(document);
  // The new password matters most on a change page; otherwise the last one entered.
  const entry =
    entries.find((candidate) => isNewPasswordField(candidate.field)) ??
    (entries[entries.length - 1] as PasswordEntry);
  const submit = entry.field.form?.querySelector(
    'button[type="submit"], input[type="submit"], button:not([type])',
  );
  const avoid = [entry.field, ...(submit ? [submit] : [])];
  const ready = preparedWarning;
  preparedWarning = undefined;
  const token = ready?.token ?? randomToken();
  const frameId = ready?.frameId ?? randomToken();
  frameIds.set('warning', frameId);
  const mountHere = () => mountFrame('warning', WARNING_PAGE, { t: token, f: frameId }, avoid);
  if (ready) revealFrame('warning', avoid);
  else if (canHoldWarning()) mountHere();
  else {
    // A small login iframe: let the top document show the warning instead.
    send('content-to-background:show-warning-in-top-frame', { hostname, token, frameId })
      .then((reply) => reply.shown || mountHere())
      .catch(mountHere);
  }
  const fieldRole = isNewPasswordField(entry.field) ? 'new' : 'current';
  void runCheck(token, entry, fieldRole, usernameNear(entry.field, inputs));
}

function start(): void {
  rescan();
  // Fields appear late and single-page apps change page kind without reloading: rescan, debounced.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rescan, RESCAN_DELAY_MS);
  };
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', schedule, { signal: lifetime.signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal: lifetime.signal });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our background relays "close" requests from our own frames.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const { name, frameId, token } = (message ?? {}) as { name?: string; frameId?: string; token?: string };
    if (name === 'background-to-content:close-frame') {
      for (const [slot, id] of frameIds) if (id === frameId) unmountFrame(slot);
    } else if (name === 'background-to-content:mount-warning' && isTopFrame && token && frameId) {
      frameIds.set('warning', frameId);
      mountFrame('warning', WARNING_PAGE, { t: token, f: frameId });
      return Promise.resolve(true);
    }
    return undefined;
  });
}

start();
