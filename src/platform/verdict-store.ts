import browser from 'webextension-polyfill';
import type { PasswordVerdict } from '../model/verdict';
import { verdictItems } from './contract/storage-items';

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
