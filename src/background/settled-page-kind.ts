import type { PageKind } from '../model/page-kinds';

type AnnouncedKind = PageKind | 'unknown';

/**
 * How long a page that reads as no kind may still turn out to be one. The content script announces
 * a page at its first scan; a page whose form a script renders later reads as nothing until the
 * form is there, then announces again. Past this, the page is taken as no kind.
 */
export const SETTLE_MS = 5_000;

const waiting = new Map<string, Set<(kind: AnnouncedKind) => void>>();
const timers = new Set<ReturnType<typeof setTimeout>>();

/**
 * Where the answer must come from: the same frame of the same tab, on the same host. A page there
 * that reads as nothing and moves on within the wait (a redirect after a submit) is settled by the
 * page it lands on, as a person would judge it.
 */
export const tabFrameKey = (tabId: number, frameId: number | undefined, hostname: string) =>
  `${tabId}:${frameId ?? 0}:${hostname}`;

/**
 * The kind the flows that follow a submit act on (committing a new password, settling a login):
 * a named kind at once; for no kind, the first kind announced from the same `tabFrameKey` within
 * `SETTLE_MS`, else 'unknown'. Without this wait a login page rendered late would be taken for the
 * page after a login that went through. The wait lives in the worker's memory: a worker stopped
 * during it settles nothing (the login attempt expires; the new password waits for the next page).
 */
export function settledPageKind(key: string | undefined, kind: AnnouncedKind): Promise<AnnouncedKind> {
  // Without a tab (no sender tab id) no later page can answer.
  if (key === undefined) return Promise.resolve(kind);
  if (kind !== 'unknown') {
    for (const settle of [...(waiting.get(key) ?? [])]) settle(kind);
    return Promise.resolve(kind);
  }
  return new Promise((resolve) => {
    const waiters = waiting.get(key) ?? new Set();
    waiting.set(key, waiters);
    const settle = (settledKind: AnnouncedKind) => {
      clearTimeout(timer);
      timers.delete(timer);
      waiters.delete(settle);
      if (waiters.size === 0) waiting.delete(key);
      resolve(settledKind);
    };
    const timer = setTimeout(() => settle('unknown'), SETTLE_MS);
    timers.add(timer);
    waiters.add(settle);
  });
}

/** Drops every wait without an answer: a worker starting afresh (tests) has none. */
export function forgetWaits(): void {
  waiting.clear();
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
}
