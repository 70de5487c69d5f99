import * as v from 'valibot';
import browser, { type Runtime, type Storage } from 'webextension-polyfill';
import type { PasswordVerdict } from '../model/verdict';
import { VERDICT_PORT, VerdictUpdateSchema, VerdictWatchSchema, type VerdictUpdate } from './contract/ports';
import { verdictItems } from './contract/storage-items';
import { extensionIdentity } from './extension-identity';

/**
 * Verdicts live in `storage.session` (memory only, readable by extension pages, not by content
 * scripts or pages) under a random token that only the warning frame's URL carries.
 */
const MAX_VERDICTS = 200;

export function writeVerdict(token: string, verdict: PasswordVerdict): Promise<void> {
  return verdictItems.set(token, verdict);
}

export function readVerdict(token: string): Promise<PasswordVerdict | undefined> {
  return verdictItems.get(token);
}

/** Keeps the session area small: drops the oldest verdicts beyond the bound. */
export async function pruneVerdicts(): Promise<void> {
  const verdicts = [...(await verdictItems.all())].sort(([, a], [, b]) => a.checkedAt - b.checkedAt);
  const excess = verdicts.length - MAX_VERDICTS;
  if (excess > 0) await verdictItems.remove(verdicts.slice(0, excess).map(([token]) => token));
}

/**
 * Calls `onVerdict` with the verdict of `token` now and whenever it changes, until `signal` aborts.
 * Extension pages only: content scripts cannot read `storage.session`.
 */
export function watchVerdict(
  token: string,
  onVerdict: (verdict: PasswordVerdict) => void,
  signal: AbortSignal,
): void {
  // Firefox: no storage.session in extension frames inside web pages; the background forwards.
  if (!browser.storage.session) return watchThroughBackground(token, onVerdict, signal);
  const key = verdictItems.keyOf(token);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const verdict = area === 'session' ? verdictItems.parse(changes[key]?.newValue) : undefined;
    if (verdict) onVerdict(verdict);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  void readVerdict(token).then((verdict) => {
    if (verdict && !signal.aborted) onVerdict(verdict);
  });
}

/** The frame side of `VERDICT_PORT`; listens again once if the background stops mid-check. */
function watchThroughBackground(
  token: string,
  onVerdict: (verdict: PasswordVerdict) => void,
  signal: AbortSignal,
): void {
  let done = false;
  let reconnected = false;
  const connect = () => {
    if (signal.aborted) return;
    const port = browser.runtime.connect({ name: VERDICT_PORT });
    port.onMessage.addListener((message: unknown) => {
      const update = v.safeParse(VerdictUpdateSchema, message);
      if (!update.success || signal.aborted) return;
      done = update.output.verdict.state === 'done';
      onVerdict(update.output.verdict);
    });
    port.onDisconnect.addListener(() => {
      if (done || reconnected) return;
      reconnected = true;
      setTimeout(connect, 250);
    });
    signal.addEventListener('abort', () => port.disconnect(), { once: true });
    port.postMessage({ token });
  };
  connect();
}

/**
 * The background side of `VERDICT_PORT`: for each of our own pages that asks, the verdict of the
 * token it names, as stored and then on every change, while its port stays open. Register at the
 * background's top level.
 */
export function serveVerdictWatchers(): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== VERDICT_PORT) return;
    const { id, origin } = extensionIdentity();
    if (port.sender?.id !== id || !port.sender.url?.startsWith(origin)) return port.disconnect();
    let key: string | undefined;
    const post = (verdict: PasswordVerdict) => {
      try {
        port.postMessage({ verdict } satisfies VerdictUpdate);
      } catch {
        // The frame went away between the change and this post.
      }
    };
    const forward = (changes: Record<string, Storage.StorageChange>, area: string) => {
      const verdict = key && area === 'session' ? verdictItems.parse(changes[key]?.newValue) : undefined;
      if (verdict) post(verdict);
    };
    port.onMessage.addListener((message: unknown) => {
      const watch = v.safeParse(VerdictWatchSchema, message);
      if (key || !watch.success) return;
      key = verdictItems.keyOf(watch.output.token);
      browser.storage.onChanged.addListener(forward);
      void readVerdict(watch.output.token).then((verdict) => verdict && post(verdict));
    });
    port.onDisconnect.addListener(() => browser.storage.onChanged.removeListener(forward));
  });
}
